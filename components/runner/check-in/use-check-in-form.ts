"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useState, useTransition, type RefObject } from "react";
import { useMessage } from "@/components/ui/use-message";
import { QUEUE_EVENT, announceQueue, requestBackgroundSend } from "@/components/offline/queue-events";
import type { CheckIn, CrossTrainingOption, ReadinessTestId, SessionReport, Soreness } from "@/lib/engine";
import { PAIN_FIELDS, SAME_DAY_SORENESS, WARNING_SIGNS, isRunKind, mainSession, sessionsOf } from "@/lib/engine/client";
import type { ActionResult } from "@/lib/http/action-result";
import type { CheckInOutcome } from "@/lib/server/check-in/record-check-in";
import {
  enqueueCheckIn,
  keepAsDraft,
  queueKey,
  removeQueued,
  type SendResult,
} from "@/lib/client/offline/check-in-queue";
import { isReadinessEntryComplete, type ReadinessDraft } from "./readiness-fields";
import { fromDrafts, toDrafts, unanswered, type SessionDraft } from "./session-list";

export const flags = WARNING_SIGNS;
export const pains = PAIN_FIELDS;
// The questions a report cannot be saved without (which of them depends on the day), named in the summary.
type RequiredField =
  "soreAfterYesterdaysRun" | "sessions" | (typeof pains)[number] | "rpe" | "soreness" | "warningSigns";
/** Pain during and after a session: asked only when a session was done (a rest day has none). */
const LOAD_PAINS: readonly (typeof pains)[number][] = ["painDuring", "painAfter"];

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
  /** The day's version these answers start from (0: not reported yet): the server refuses them over a newer one. */
  baseVersion: number;
  /** A physio follows this plan: the texts that mention one are shown only then. */
  hasPhysio: boolean;
  /** The runner, so answers waiting on this phone are only ever sent under their own session. */
  runnerId: string;
  /** The server action that stores the day's report (answers only after the commit). */
  save: (planId: string, input: unknown) => Promise<ActionResult<CheckInOutcome>>;
};

type Pains = Partial<Record<(typeof pains)[number], number>>;

// A save that fails (offline, timeout, server away) must not lose the answers: they stay in the form
// and wait on this phone until they can be sent.
const SAVE_TIMEOUT_MS = 20_000;
const CHANGED_SINCE = "errors.checkInChangedSince";

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), SAVE_TIMEOUT_MS);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

// The check-in's state, its checks and its save (online, or queued on the phone when the save fails).
// `errorRef` is the summary: focused when a save is refused, so a screen reader reads it at once.
type QueueState = { wasQueued: boolean; isDraft: boolean };

export function useCheckInForm(props: CheckInFormProps & QueueState, errorRef: RefObject<HTMLDivElement | null>) {
  const { planId, date, phase, planned, askYesterday, existing, save, wasQueued, runnerId } = props;
  const t = useTranslations("checkIn");
  const format = useFormatter();
  const message = useMessage();
  const [sessions, setSessions] = useState<SessionDraft[]>(() =>
    existing ? toDrafts(sessionsOf(existing), true) : toDrafts(planned),
  );
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
  // "Any warning signs?" is answered by the runner (a stored report has its answer already).
  const [anyFlag, setAnyFlag] = useState<"yes" | "no" | undefined>(
    existing ? (flags.some((f) => existing[f]) ? "yes" : "no") : undefined,
  );
  const [painful, setPainful] = useState<CrossTrainingOption[]>(existing?.painfulActivities ?? []);
  const [sleepHours, setSleepHours] = useState(existing?.sleepHours?.toString() ?? "");
  const [restingHr, setRestingHr] = useState(existing?.restingHr?.toString() ?? "");
  const [readiness, setReadiness] = useState<ReadinessDraft>(existing?.readiness ?? {});
  const [missing, setMissing] = useState<string[]>([]);
  const [openSessions, setOpenSessions] = useState<number[]>([]);
  const [fieldText, setFieldText] = useState("");
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<CheckInOutcome>();
  const [isQueued, setIsQueued] = useState(wasQueued);
  // A draft: the server refused these answers because the day was changed since. Saving again puts them
  // over the newer report (the runner has been told), so the version becomes the one the server named.
  const [isDraft, setIsDraft] = useState(props.isDraft);
  const [baseVersion, setBaseVersion] = useState(props.baseVersion);
  const [pending, startTransition] = useTransition();
  const setPainOf = useCallback((name: string, value: number) => setPain((prev) => ({ ...prev, [name]: value })), []);

  // When the queued answers reach the server (this page or the service worker sent them), show its answer.
  useEffect(() => {
    const key = queueKey(planId, date);
    const onQueue = (event: Event) => {
      const mine = ((event as CustomEvent<SendResult[]>).detail ?? []).find((r) => r.key === key);
      if (mine?.outcome === "saved" && mine.body) setOutcome({ ...(mine.body as CheckInOutcome), date });
      if (mine?.outcome === "refused") {
        setIsQueued(false);
        if (mine.conflict) {
          setIsDraft(true);
          if (mine.current !== undefined) setBaseVersion(mine.current);
        } else setError(mine.message);
      }
    };
    window.addEventListener(QUEUE_EVENT, onQueue);
    return () => window.removeEventListener(QUEUE_EVENT, onQueue);
  }, [planId, date]);

  // What the day needs follows the answers: a session not done asks nothing about a session.
  const active = sessions.filter((s) => s.done !== "none");
  const isRun = active.some((s) => isRunKind(s.kind));
  const isRest = active.length === 0;
  const askedPains = isRest ? pains.filter((p) => !LOAD_PAINS.includes(p)) : pains;
  // A report stored before next-day soreness moved to the next day keeps its answer on screen.
  const sorenessOptions: readonly Soreness[] =
    existing?.soreness === "next_day" ? [...SAME_DAY_SORENESS, "next_day"] : SAME_DAY_SORENESS;

  function refuse(fields: string[], text: string, perField = text) {
    setMissing(fields);
    setFieldText(perField);
    setError(text);
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const openSessions = unanswered(planned, sessions);
    const noFlagTicked = anyFlag === "yes" && !flags.some((f) => flagState[f]);
    const absent: RequiredField[] = [
      ...(askYesterday && !yesterday ? (["soreAfterYesterdaysRun"] as const) : []),
      ...(openSessions.length > 0 ? (["sessions"] as const) : []),
      ...askedPains.filter((p) => pain[p] === undefined),
      ...(!isRest && rpe === undefined ? (["rpe"] as const) : []),
      ...(isRun && !soreness ? (["soreness"] as const) : []),
      ...(anyFlag === undefined || noFlagTicked ? (["warningSigns"] as const) : []),
    ];
    if (absent.length > 0) {
      // The summary names each question left open; each is marked and says so itself.
      const names = format.list(absent.map((field) => t(`fieldName.${field}`)));
      setOpenSessions(openSessions.map((s) => s.id));
      return refuse(absent, t("answerAllNamed", { fields: names }), t("fieldMissing"));
    }
    // A ticked running test needs what was measured and the pain: nothing is assumed for the runner.
    const unfinished =
      phase === 3
        ? (Object.keys(readiness) as ReadinessTestId[]).filter(
            (id) => !isReadinessEntryComplete(id, readiness[id] ?? {}),
          )
        : [];
    if (unfinished.length > 0) {
      const names = format.list(unfinished.map((id) => t(`readiness.test.${id}`)));
      return refuse(
        unfinished.map((id) => `readiness.${id}`),
        t("readiness.missing", { tests: names }),
      );
    }
    setMissing([]);
    setOpenSessions([]);
    // The day's main session (its run, else its first) stays in the top-level fields the run rules read.
    const reported = fromDrafts(sessions);
    const main = mainSession(reported);
    const input = {
      date,
      ...Object.fromEntries(askedPains.map((p) => [p, pain[p]])),
      sessionKind: main?.kind ?? "rest",
      minutes: main?.minutes ?? 0,
      completed: main?.completed ?? true,
      sessions: reported,
      rpe: isRest ? undefined : rpe,
      soreness: isRun ? soreness : undefined,
      soreAfterYesterdaysRun: askYesterday ? yesterday === "yes" : existing?.soreAfterYesterdaysRun,
      comment: comment.trim() === "" ? undefined : comment.trim(),
      // "No warning signs" sends none, whatever was ticked before the answer changed.
      ...(anyFlag === "yes" ? flagState : Object.fromEntries(flags.map((f) => [f, false]))),
      sleepHours: sleepHours === "" ? undefined : Number(sleepHours),
      restingHr: restingHr === "" ? undefined : Number(restingHr),
      painfulActivities: phase === 1 && !isRest && painful.length > 0 ? painful : undefined,
      readiness: phase === 3 && Object.keys(readiness).length > 0 ? readiness : undefined,
    };
    setError(undefined);
    const entry = { planId, date, input, baseVersion, userId: runnerId };
    startTransition(async () => {
      let result: ActionResult<CheckInOutcome>;
      try {
        result = await withTimeout(save(planId, { ...input, baseVersion }));
      } catch {
        await enqueueCheckIn(entry, Date.now());
        await requestBackgroundSend();
        setIsQueued(true);
        return;
      }
      setIsQueued(false);
      if (result.ok) {
        await removeQueued(queueKey(planId, date)).catch(() => undefined);
        announceQueue();
        setIsDraft(false);
        setOutcome(result.data);
      } else if (result.error === CHANGED_SINCE) {
        await keepAsDraft(entry, Date.now());
        announceQueue();
        if (typeof result.params?.current === "number") setBaseVersion(result.params.current);
        setIsDraft(true);
        requestAnimationFrame(() => errorRef.current?.focus());
      } else refuse(result.fields ?? [], message(result.error, result.params));
    });
  }

  /** The message under a question that is at fault (the server's own words when it refused), or undefined. */
  const fieldError = (field: string) => (missing.includes(field) ? fieldText : undefined);
  /** The message under a session whose answer is missing. */
  const sessionError = (id: number) => (openSessions.includes(id) ? fieldText : undefined);

  return {
    values: {
      sessions,
      yesterday,
      comment,
      rpe,
      soreness,
      pain,
      anyFlag,
      flagState,
      painful,
      sleepHours,
      restingHr,
      readiness,
    },
    set: {
      setSessions,
      setYesterday,
      setComment,
      setRpe,
      setSoreness,
      setPainOf,
      setAnyFlag,
      setFlagState,
      setPainful,
      setSleepHours,
      setRestingHr,
      setReadiness,
    },
    missing,
    fieldError,
    sessionError,
    askedPains,
    error,
    outcome,
    isQueued,
    isDraft,
    pending,
    isRun,
    isRest,
    sorenessOptions,
    submit,
  };
}
