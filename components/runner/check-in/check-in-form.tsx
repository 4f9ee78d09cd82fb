"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import { QUEUE_EVENT, announceQueue, requestBackgroundSend } from "@/components/offline/queue-events";
import type { CheckIn, CrossTrainingOption, ReadinessTestId, SessionReport, Soreness } from "@/lib/engine";
import { MAX_COMMENT_LENGTH, SAME_DAY_SORENESS, isRunKind, mainSession, sessionsOf } from "@/lib/engine/client";
import type { ActionResult } from "@/lib/http/action-result";
import type { CheckInOutcome } from "@/lib/services/record-check-in";
import { enqueueCheckIn, listQueued, queueKey, removeQueued, type SendResult } from "@/lib/offline/check-in-queue";
import { CheckBox } from "./check-box";
import { ChoiceGroup } from "./choice-group";
import { CheckInOutcomePanel } from "./outcome-panel";
import { PainScale } from "./pain-scale";
import { ReadinessFields, type ReadinessDraft } from "./readiness-fields";
import { SessionList, fromDrafts, toDrafts, type SessionDraft } from "./session-list";

// The warning signs of DOMAIN §5: each one pauses the plan (swelling once it persists).
const flags = [
  "swelling",
  "nightPain",
  "limping",
  "boneTenderness",
  "numbness",
  "feelingIll",
  "hotSwollenCalf",
  "suddenSharpPain",
] as const;
const pains = ["painRest", "painDuring", "painAfter", "painMorning"] as const;

export type CheckInFormProps = {
  planId: string;
  date: string;
  phase: number;
  /** Today's planned sessions (rest left out), with what the session player reported filled in. */
  planned: { kind: SessionReport["kind"]; minutes: number; completed?: boolean }[];
  /** The day before had a run: ask how it feels today (next-day soreness, Fees et al. 1998). */
  askYesterday: boolean;
  crossTrainingOptions: { id: CrossTrainingOption; label: string }[];
  readinessTests: readonly ReadinessTestId[];
  existing?: CheckIn;
  /** The server action that stores the day's report (answers only after the commit). */
  save: (planId: string, input: unknown) => Promise<ActionResult<CheckInOutcome>>;
};

type Pains = Partial<Record<(typeof pains)[number], number>>;

// A save that fails (offline, timeout, server away) must not lose the answers: they stay in the form
// and wait on this phone until they can be sent.
const SAVE_TIMEOUT_MS = 20_000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), SAVE_TIMEOUT_MS);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

export function CheckInForm(props: CheckInFormProps) {
  const [queued, setQueued] = useState<{ input?: CheckIn; ready: boolean }>({ ready: false });
  useEffect(() => {
    const key = queueKey(props.planId, props.date);
    listQueued()
      .then((items) =>
        setQueued({ input: items.find((i) => i.key === key)?.input as CheckIn | undefined, ready: true }),
      )
      .catch(() => setQueued({ ready: true }));
  }, [props.planId, props.date]);
  // The same key before and after the look into the queue: what the runner tapped meanwhile stays (a
  // change of key would mount a fresh form). Only answers still waiting on this phone replace the form:
  // they are newer than what the server has.
  if (!queued.ready || !queued.input) return <CheckInFields key="server" {...props} />;
  return <CheckInFields key="queued" {...props} existing={queued.input} wasQueued />;
}

function CheckInFields({
  planId,
  date,
  phase,
  planned,
  askYesterday,
  crossTrainingOptions,
  readinessTests,
  existing,
  save,
  wasQueued = false,
}: CheckInFormProps & { wasQueued?: boolean }) {
  const t = useTranslations("checkIn");
  const tOffline = useTranslations("offline");
  const message = useMessage();
  const [sessions, setSessions] = useState<SessionDraft[]>(() => toDrafts(existing ? sessionsOf(existing) : planned));
  const [yesterday, setYesterday] = useState<"yes" | "no" | undefined>(
    existing?.soreAfterYesterdaysRun === undefined ? undefined : existing.soreAfterYesterdaysRun ? "yes" : "no",
  );
  const [comment, setComment] = useState(existing?.comment ?? "");
  const [rpe, setRpe] = useState<number | undefined>(existing?.rpe);
  const [soreness, setSoreness] = useState<Soreness | undefined>(existing?.soreness);
  const [pain, setPain] = useState<Pains>(
    existing
      ? {
          painRest: existing.painRest,
          painDuring: existing.painDuring,
          painAfter: existing.painAfter,
          painMorning: existing.painMorning,
        }
      : {},
  );
  const [flagState, setFlagState] = useState(
    () => Object.fromEntries(flags.map((f) => [f, existing?.[f] ?? false])) as Record<(typeof flags)[number], boolean>,
  );
  const [painful, setPainful] = useState<CrossTrainingOption[]>(existing?.painfulActivities ?? []);
  const [sleepHours, setSleepHours] = useState(existing?.sleepHours?.toString() ?? "");
  const [restingHr, setRestingHr] = useState(existing?.restingHr?.toString() ?? "");
  const [readiness, setReadiness] = useState<ReadinessDraft>(existing?.readiness ?? {});
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<CheckInOutcome>();
  const [isQueued, setIsQueued] = useState(wasQueued);
  const [pending, startTransition] = useTransition();
  const setPainOf = useCallback((name: string, value: number) => setPain((prev) => ({ ...prev, [name]: value })), []);
  const errorRef = useRef<HTMLDivElement>(null);

  // When the queued answers reach the server (this page or the service worker sent them), show its answer.
  useEffect(() => {
    const key = queueKey(planId, date);
    const onQueue = (event: Event) => {
      const mine = ((event as CustomEvent<SendResult[]>).detail ?? []).find((r) => r.key === key);
      if (mine?.outcome === "saved" && mine.body) setOutcome({ ...(mine.body as CheckInOutcome), date });
      if (mine?.outcome === "refused") {
        setIsQueued(false);
        setError(mine.message);
      }
    };
    window.addEventListener(QUEUE_EVENT, onQueue);
    return () => window.removeEventListener(QUEUE_EVENT, onQueue);
  }, [planId, date]);

  const isRun = sessions.some((s) => isRunKind(s.kind));
  const isRest = sessions.length === 0;
  // A report stored before next-day soreness moved to the next day keeps its answer on screen.
  const sorenessOptions: readonly Soreness[] =
    existing?.soreness === "next_day" ? [...SAME_DAY_SORENESS, "next_day"] : SAME_DAY_SORENESS;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const absent = [
      ...(askYesterday && !yesterday ? ["soreAfterYesterdaysRun"] : []),
      ...pains.filter((p) => pain[p] === undefined),
      ...(!isRest && rpe === undefined ? ["rpe"] : []),
      ...(isRun && !soreness ? ["soreness"] : []),
    ];
    setMissing(absent);
    if (absent.length > 0) {
      setError(t("answerAll"));
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    // The day's main session (its run, else its first) stays in the top-level fields the run rules read.
    const reported = fromDrafts(sessions);
    const main = mainSession(reported);
    const input = {
      date,
      ...pain,
      sessionKind: main?.kind ?? "rest",
      minutes: main?.minutes ?? 0,
      completed: main?.completed ?? true,
      sessions: reported,
      rpe: isRest ? undefined : rpe,
      soreness: isRun ? soreness : undefined,
      soreAfterYesterdaysRun: askYesterday ? yesterday === "yes" : existing?.soreAfterYesterdaysRun,
      comment: comment.trim() === "" ? undefined : comment.trim(),
      ...flagState,
      sleepHours: sleepHours === "" ? undefined : Number(sleepHours),
      restingHr: restingHr === "" ? undefined : Number(restingHr),
      painfulActivities: phase === 1 && painful.length > 0 ? painful : undefined,
      readiness: phase === 3 && Object.keys(readiness).length > 0 ? readiness : undefined,
    };
    setError(undefined);
    startTransition(async () => {
      let result: ActionResult<CheckInOutcome>;
      try {
        result = await withTimeout(save(planId, input));
      } catch {
        await enqueueCheckIn({ planId, date, input }, Date.now());
        await requestBackgroundSend();
        setIsQueued(true);
        return;
      }
      setIsQueued(false);
      if (result.ok) {
        await removeQueued(queueKey(planId, date)).catch(() => undefined);
        announceQueue();
        setOutcome(result.data);
      } else {
        setMissing(result.fields ?? []);
        setError(message(result.error, result.params));
        requestAnimationFrame(() => errorRef.current?.focus());
      }
    });
  }

  if (outcome) return <CheckInOutcomePanel outcome={outcome} />;

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div ref={errorRef} tabIndex={-1}>
        <FormMessage message={error} />
      </div>
      {askYesterday ? (
        <ChoiceGroup
          name="soreAfterYesterdaysRun"
          legend={t("yesterday.question")}
          value={yesterday}
          onChange={setYesterday}
          invalid={missing.includes("soreAfterYesterdaysRun")}
          options={(["no", "yes"] as const).map((v) => ({ value: v, label: t(`yesterday.${v}`) }))}
        />
      ) : null}

      <SessionList
        sessions={sessions}
        onChange={setSessions}
        plannedKinds={planned.map((p) => p.kind)}
        invalid={missing.some(
          (field) => field.startsWith("sessions") || field === "sessionKind" || field === "minutes",
        )}
      />

      {pains.map((p) => (
        <PainScale
          key={p}
          name={p}
          legend={t(`pain.${p}`)}
          hint={t(`painHint.${p}`)}
          value={pain[p]}
          onChange={setPainOf}
          invalid={missing.includes(p)}
          lowLabel={t("painLow")}
          highLabel={t("painHigh")}
        />
      ))}

      {isRun ? (
        <ChoiceGroup
          name="soreness"
          legend={t("sorenessQuestion")}
          value={soreness}
          onChange={setSoreness}
          invalid={missing.includes("soreness")}
          options={sorenessOptions.map((s) => ({ value: s, label: t(`soreness.${s}`) }))}
        />
      ) : null}

      {!isRest ? (
        <ChoiceGroup
          name="rpe"
          legend={t("rpe")}
          value={rpe}
          onChange={setRpe}
          invalid={missing.includes("rpe")}
          columns="grid-cols-5"
          options={Array.from({ length: 10 }, (_, i) => ({ value: i + 1, label: String(i + 1) }))}
        />
      ) : null}

      <fieldset className="space-y-2 rounded-xl border border-red-200 p-3">
        <legend className="px-1 font-semibold">{t("warningSigns")}</legend>
        <p className="text-sm text-muted">{t("warningSignsHint")}</p>
        {flags.map((f) => (
          <CheckBox
            key={f}
            name={f}
            checked={flagState[f]}
            onChange={(checked) => setFlagState((prev) => ({ ...prev, [f]: checked }))}
          >
            {t(`flag.${f}`)}
          </CheckBox>
        ))}
      </fieldset>

      {phase === 1 ? (
        <fieldset className="space-y-2 rounded-xl border border-slate-200 p-3">
          <legend className="px-1 font-semibold">{t("painfulActivities")}</legend>
          <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
            {crossTrainingOptions.map((o) => (
              <CheckBox
                key={o.id}
                name="painfulActivities"
                checked={painful.includes(o.id)}
                onChange={(checked) =>
                  setPainful((prev) => (checked ? [...prev, o.id] : prev.filter((x) => x !== o.id)))
                }
              >
                {o.label}
              </CheckBox>
            ))}
          </div>
        </fieldset>
      ) : null}

      {phase === 3 ? <ReadinessFields tests={readinessTests} value={readiness} onChange={setReadiness} /> : null}

      <div>
        <label htmlFor={`comment-${date}`} className="block font-semibold">
          {t("comment.label")}
        </label>
        <p id={`comment-hint-${date}`} className="text-sm text-muted">
          {t("comment.hint", { max: MAX_COMMENT_LENGTH })}
        </p>
        <textarea
          id={`comment-${date}`}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={MAX_COMMENT_LENGTH}
          rows={3}
          aria-describedby={`comment-hint-${date}`}
          aria-invalid={missing.includes("comment") || undefined}
          className="mt-1 block w-full rounded-lg border border-slate-400 px-3 py-2"
        />
      </div>

      <details className="rounded-xl border border-slate-200 p-3">
        <summary className="min-h-11 cursor-pointer content-center font-semibold">{t("optionalTitle")}</summary>
        <div className="mt-2 grid grid-cols-2 gap-3">
          <label className="block">
            <span className="block font-medium">{t("sleepHours")}</span>
            <input
              type="number"
              inputMode="decimal"
              min={0}
              max={24}
              step={0.5}
              value={sleepHours}
              onChange={(e) => setSleepHours(e.target.value)}
              className="mt-1 block min-h-12 w-full rounded-lg border border-slate-400 px-3"
            />
          </label>
          <label className="block">
            <span className="block font-medium">{t("restingHr")}</span>
            <input
              type="number"
              inputMode="numeric"
              min={25}
              max={220}
              value={restingHr}
              onChange={(e) => setRestingHr(e.target.value)}
              className="mt-1 block min-h-12 w-full rounded-lg border border-slate-400 px-3"
            />
          </label>
        </div>
      </details>

      {isQueued ? (
        <div role="status" className="rounded-xl border-l-4 border-amber-500 bg-amber-50 p-3">
          <p className="font-semibold">{tOffline("queuedTitle")}</p>
          <p className="text-sm">{tOffline("queuedBody")}</p>
        </div>
      ) : null}
      <Button type="submit" pending={pending} className="w-full text-lg">
        {pending ? t("saving") : existing ? t("saveCorrection") : t("save")}
      </Button>
    </form>
  );
}
