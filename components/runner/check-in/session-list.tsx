"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import type { SessionReport } from "@/lib/engine";
import { MAX_SESSIONS_A_DAY, isRunKind } from "@/lib/engine/client";
import { FieldError } from "./field-error";
import { RadioCard } from "./radio-fieldset";

type Kind = SessionReport["kind"];
const kinds: Kind[] = ["run", "walk_run", "cross_training", "strength", "mobility", "readiness_tests"];

/**
 * Whether a session was done: all of it, part of it, or not at all. Nothing is answered for the runner:
 * only what the session player recorded arrives answered. A session the runner added was done.
 */
export type Done = "all" | "part" | "none";
/** A session as the form edits it: minutes as typed, an id so React keeps each row's inputs. */
export type SessionDraft = { id: number; kind: Kind; minutes: string; done?: Done; added?: boolean };
type Planned = readonly { kind: Kind; minutes: number }[];

type Props = {
  sessions: SessionDraft[];
  onChange: (sessions: SessionDraft[]) => void;
  planned: Planned;
  /** The message under a session's question at fault, by session id. */
  errorOf: (id: number) => string | undefined;
};

/** The minutes planned today for a kind of session, if it was planned. */
export function plannedMinutes(planned: Planned, kind: Kind): number | undefined {
  return planned.find((p) => p.kind === kind)?.minutes;
}

/** Whether the session's minutes are asked: done in part, or a kind that was not planned today. */
export function asksMinutes(planned: Planned, s: SessionDraft): boolean {
  return s.done === "part" || (s.done !== "none" && plannedMinutes(planned, s.kind) === undefined);
}

// The day's sessions, one card each, from today's plan: the runner says for each whether they did it.
// None at all is a rest day. One run a day (DOMAIN §4): a second session cannot be a run while another one is.
export function SessionList({ sessions, onChange, planned, errorOf }: Props) {
  const t = useTranslations("checkIn");
  const sessionName = useTranslations("engine.session");
  const listRef = useRef<HTMLOListElement>(null);
  const nextId = () => Math.max(0, ...sessions.map((s) => s.id)) + 1;
  const update = (id: number, patch: Partial<SessionDraft>) =>
    onChange(sessions.map((s) => (s.id === id ? { ...s, ...patch } : s)));

  function add() {
    const hasRun = sessions.some((s) => isRunKind(s.kind));
    const kind = kinds.find((k) => !sessions.some((s) => s.kind === k) && !(hasRun && isRunKind(k))) ?? "mobility";
    onChange([...sessions, { id: nextId(), kind, minutes: "", done: "all", added: true }]);
    // Focus the new session's first field, so a keyboard or screen reader user lands where they typed.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLSelectElement>("li:last-child select")?.focus());
  }

  // The minutes follow the kind: a planned kind brings its planned minutes, another kind is typed in.
  function changeKind(s: SessionDraft, kind: Kind) {
    const minutes = plannedMinutes(planned, kind);
    update(s.id, { kind, minutes: s.done === "part" || minutes === undefined ? "" : String(minutes) });
  }

  function changeDone(s: SessionDraft, done: Done) {
    const minutes = plannedMinutes(planned, s.kind);
    // "Part of it" asks how many minutes; "all of it" is the planned minutes.
    const typed = done === "part" ? "" : minutes === undefined ? s.minutes : String(minutes);
    update(s.id, { done, minutes: done === "none" ? "0" : typed });
  }

  return (
    <section aria-labelledby="sessions-title" className="space-y-3">
      <h2 id="sessions-title" className="font-semibold">
        {t("whatDid")}
      </h2>
      {sessions.length === 0 ? <p className="text-muted">{t("sessions.restDay")}</p> : null}
      <ol ref={listRef} className="space-y-3">
        {sessions.map((s, index) => {
          const otherRun = sessions.some((o) => o.id !== s.id && isRunKind(o.kind));
          const planMinutes = plannedMinutes(planned, s.kind);
          const error = errorOf(s.id);
          const minutesId = `minutes-${s.id}`;
          return (
            <li key={s.id}>
              <fieldset
                className={`min-w-0 space-y-2 rounded-lg border bg-white px-3 pt-1 pb-3 ${error ? "border-red-700" : "border-slate-300"}`}
              >
                <legend className="px-1 text-sm font-medium text-muted">
                  {t("sessions.legend", { number: index + 1 })}
                </legend>
                <label className="block">
                  <span className="sr-only">{t("sessions.kind")}</span>
                  <select
                    value={s.kind}
                    onChange={(e) => changeKind(s, e.target.value as Kind)}
                    className="block min-h-12 w-full rounded-lg border border-slate-400 bg-white px-3 text-lg"
                  >
                    {kinds.map((k) => {
                      const minutes = plannedMinutes(planned, k);
                      return (
                        <option key={k} value={k} disabled={otherRun && isRunKind(k)}>
                          {minutes !== undefined
                            ? t("sessions.plannedOption", { session: sessionName(k), minutes })
                            : sessionName(k)}
                        </option>
                      );
                    })}
                  </select>
                </label>
                {s.added ? null : (
                  <fieldset
                    className="min-w-0"
                    aria-invalid={error && !s.done ? true : undefined}
                    aria-describedby={error && !s.done ? `done-${s.id}-error` : undefined}
                  >
                    <legend className="text-sm font-semibold">{t("sessions.didIt")}</legend>
                    <FieldError id={`done-${s.id}-error`} message={error && !s.done ? error : undefined} />
                    <div className="mt-1 grid grid-cols-3 gap-1.5">
                      {(["all", "part", "none"] as const).map((v) => (
                        <RadioCard
                          key={v}
                          name={`done-${s.id}`}
                          value={v}
                          checked={s.done === v}
                          onSelect={() => changeDone(s, v)}
                          errorId={error && !s.done ? `done-${s.id}-error` : undefined}
                          className="relative block"
                          cardClassName={`flex min-h-12 items-center justify-center rounded-lg border px-1 text-center text-sm font-medium ${
                            s.done === v
                              ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700"
                              : "border-slate-300 bg-white"
                          }`}
                        >
                          {t(`sessions.done.${v}`)}
                        </RadioCard>
                      ))}
                    </div>
                  </fieldset>
                )}
                {asksMinutes(planned, s) ? (
                  <div>
                    <label htmlFor={minutesId} className="block text-sm font-medium">
                      {planMinutes !== undefined && s.done === "part"
                        ? t("sessions.minutesOf", { planned: planMinutes })
                        : t("minutes")}
                    </label>
                    <input
                      id={minutesId}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={600}
                      value={s.minutes}
                      onChange={(e) => update(s.id, { minutes: e.target.value })}
                      aria-invalid={error && s.done ? true : undefined}
                      aria-describedby={error && s.done ? `${minutesId}-error` : undefined}
                      className="mt-1 block min-h-12 w-32 rounded-lg border border-slate-400 px-3 text-lg"
                    />
                    {error && s.done ? (
                      <p id={`${minutesId}-error`} className="mt-1 text-sm font-semibold text-red-800">
                        {error}
                      </p>
                    ) : null}
                  </div>
                ) : null}
                {s.added ? (
                  <button
                    type="button"
                    onClick={() => onChange(sessions.filter((o) => o.id !== s.id))}
                    className="min-h-11 rounded-lg px-2 text-sm font-semibold text-red-900 underline"
                  >
                    {t("sessions.remove", { number: index + 1 })}
                  </button>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {sessions.length < MAX_SESSIONS_A_DAY ? (
        <button
          type="button"
          onClick={add}
          className="min-h-11 w-full rounded-lg border-2 border-dashed border-brand-700 px-3 text-sm font-semibold text-brand-900"
        >
          {t("sessions.add")}
        </button>
      ) : null}
    </section>
  );
}

/**
 * The form's drafts from the plan, or from a stored report. A planned session is unanswered unless the
 * session player recorded it (`completed` set); a stored report's sessions keep their answers.
 */
export function toDrafts(
  sessions: readonly { kind: Kind; minutes: number; completed?: boolean }[],
  fromReport = false,
): SessionDraft[] {
  return sessions.map((s, i) => {
    const done: Done | undefined =
      s.completed === undefined ? undefined : s.completed ? "all" : s.minutes > 0 ? "part" : "none";
    return {
      id: i + 1,
      kind: s.kind,
      minutes: String(s.minutes),
      done: fromReport ? (done ?? "all") : done,
    };
  });
}

/** What a session's answer reports: sessions not done are left out (a day of none is a rest day). */
export function fromDrafts(drafts: readonly SessionDraft[]): SessionReport[] {
  return drafts
    .filter((d) => d.done === "all" || d.done === "part")
    .map((d) => ({
      kind: d.kind,
      minutes: Math.max(0, Math.round(Number(d.minutes) || 0)),
      completed: d.done === "all",
    }));
}

/** The sessions whose answer is missing: not said whether done, or minutes asked and not given. */
export function unanswered(planned: Planned, drafts: readonly SessionDraft[]): SessionDraft[] {
  return drafts.filter(
    (d) => d.done === undefined || (asksMinutes(planned, d) && !(Number(d.minutes) > 0 && d.minutes.trim() !== "")),
  );
}
