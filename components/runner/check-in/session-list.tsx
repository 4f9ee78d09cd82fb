"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import type { SessionReport } from "@/lib/engine";
import { MAX_SESSIONS_A_DAY, isRunKind } from "@/lib/engine/client";
import { CheckBox } from "./check-box";

type Kind = SessionReport["kind"];
const kinds: Kind[] = ["run", "walk_run", "cross_training", "strength", "mobility", "readiness_tests"];

/** A session as the form edits it: minutes as typed, an id so React keeps each row's inputs. */
export type SessionDraft = { id: number; kind: Kind; minutes: string; completed: boolean };

type Props = {
  sessions: SessionDraft[];
  onChange: (sessions: SessionDraft[]) => void;
  plannedKinds: readonly Kind[];
  invalid?: boolean;
};

// The day's sessions, one card each, pre-filled from today's plan. None at all is a rest day. One
// run a day (DOMAIN §4): a second session cannot be a run while another one is.
export function SessionList({ sessions, onChange, plannedKinds, invalid }: Props) {
  const t = useTranslations("checkIn");
  const sessionName = useTranslations("engine.session");
  const listRef = useRef<HTMLOListElement>(null);
  const nextId = () => Math.max(0, ...sessions.map((s) => s.id)) + 1;
  const update = (id: number, patch: Partial<SessionDraft>) =>
    onChange(sessions.map((s) => (s.id === id ? { ...s, ...patch } : s)));

  function add() {
    const hasRun = sessions.some((s) => isRunKind(s.kind));
    const kind = kinds.find((k) => !sessions.some((s) => s.kind === k) && !(hasRun && isRunKind(k))) ?? "mobility";
    onChange([...sessions, { id: nextId(), kind, minutes: "", completed: true }]);
    // Focus the new session's first field, so a keyboard or screen reader user lands where they typed.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLSelectElement>("li:last-child select")?.focus());
  }

  return (
    <section
      aria-labelledby="sessions-title"
      className={`space-y-3 rounded-xl border p-3 ${invalid ? "border-red-700" : "border-slate-200"}`}
    >
      <h2 id="sessions-title" className="font-semibold">
        {t("whatDid")}
      </h2>
      {sessions.length === 0 ? (
        <p className="text-muted">{t("sessions.restDay")}</p>
      ) : (
        <p className="text-sm text-muted">{t("sessions.hint")}</p>
      )}
      <ol ref={listRef} className="space-y-3">
        {sessions.map((s, index) => {
          const otherRun = sessions.some((o) => o.id !== s.id && isRunKind(o.kind));
          return (
            <li key={s.id}>
              <fieldset className="min-w-0 space-y-2 rounded-lg border border-slate-300 bg-white p-3">
                <legend className="px-1 font-medium">{t("sessions.legend", { number: index + 1 })}</legend>
                <label className="block">
                  <span className="block text-sm font-medium">{t("sessions.kind")}</span>
                  <select
                    value={s.kind}
                    onChange={(e) => update(s.id, { kind: e.target.value as Kind })}
                    className="mt-1 block min-h-12 w-full rounded-lg border border-slate-400 bg-white px-3 text-lg"
                  >
                    {kinds.map((k) => (
                      <option key={k} value={k} disabled={otherRun && isRunKind(k)}>
                        {plannedKinds.includes(k)
                          ? t("sessions.plannedOption", { session: sessionName(k) })
                          : sessionName(k)}
                      </option>
                    ))}
                  </select>
                </label>
                <div className="grid grid-cols-2 gap-3">
                  <label className="block">
                    <span className="block text-sm font-medium">{t("minutes")}</span>
                    <input
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={600}
                      value={s.minutes}
                      onChange={(e) => update(s.id, { minutes: e.target.value })}
                      className="mt-1 block min-h-12 w-full rounded-lg border border-slate-400 px-3 text-lg"
                    />
                  </label>
                  <div className="flex items-end">
                    <CheckBox
                      name={`completed-${s.id}`}
                      checked={s.completed}
                      onChange={(completed) => update(s.id, { completed })}
                    >
                      {t("completed")}
                    </CheckBox>
                  </div>
                </div>
                <button
                  type="button"
                  onClick={() => onChange(sessions.filter((o) => o.id !== s.id))}
                  className="min-h-11 rounded-lg px-2 text-sm font-semibold text-red-900 underline"
                >
                  {t("sessions.remove", { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {sessions.length < MAX_SESSIONS_A_DAY ? (
        <button
          type="button"
          onClick={add}
          className="min-h-12 w-full rounded-lg border-2 border-dashed border-brand-700 px-3 font-semibold text-brand-900"
        >
          {t("sessions.add")}
        </button>
      ) : null}
    </section>
  );
}

/** The form's drafts from the plan (or a stored report); `minutes` as the input shows them. */
export function toDrafts(sessions: readonly { kind: Kind; minutes: number; completed?: boolean }[]): SessionDraft[] {
  return sessions.map((s, i) => ({
    id: i + 1,
    kind: s.kind,
    minutes: String(s.minutes),
    completed: s.completed ?? true,
  }));
}

export function fromDrafts(drafts: readonly SessionDraft[]): SessionReport[] {
  return drafts.map((d) => ({
    kind: d.kind,
    minutes: Math.max(0, Math.round(Number(d.minutes) || 0)),
    completed: d.completed,
  }));
}
