import { describe, expect, it } from "vitest";
import {
  CheckIn as CheckInSchema,
  computePlanState,
  hadRun,
  sessionsOf,
  type CheckIn,
  type PlanEvent,
} from "@/lib/engine";
import {
  addDays,
  buildCheckIn,
  buildEvent,
  buildIntake,
  buildRunCheckIn,
  buildScenario,
  buildSettings,
  stateOn,
} from "./factories";

// Phase 4 from Monday 2025-03-03, last run 2025-02-01: level 1 is 4 × (0.5 jog + 4.5 walk) = 20 min.
const START = "2025-03-03";
// A joint follows the general ladder rules (one level a week from level 1); muscle re-entry is in tissue-targets.
const intake = buildIntake({ lastRunOn: "2025-02-01", tissue: "joint" });
function phase4(checkIns: CheckIn[] = [], extra: PlanEvent[] = []) {
  return buildScenario({ intake, checkIns, events: [buildEvent("override", { date: START, phase: 4 }), ...extra] });
}

/** A day with strength and a walk/run in one report; the walk/run is the day's main session. */
function strengthAndRun(date: string, run: { minutes?: number; completed?: boolean } = {}): CheckIn {
  const minutes = run.minutes ?? 20;
  const completed = run.completed ?? true;
  return buildRunCheckIn({
    date,
    minutes,
    completed,
    sessions: [
      { kind: "strength", minutes: 25, completed: true },
      { kind: "walk_run", minutes, completed },
    ],
  });
}

/** The morning after: a rest day's report that answers the question about yesterday's run. */
const morningAfter = (date: string, sore: boolean) =>
  buildCheckIn({ date, sessionKind: "rest", rpe: undefined, minutes: 0, soreAfterYesterdaysRun: sore });

// Fees et al. 1998 (Am J Sports Med 26:732): soreness the day after a run → 1 day off, do not
// advance. Asked on the next day's check-in about yesterday's run.
describe("next-day soreness answered on the next day's check-in (Fees et al. 1998)", () => {
  it.each([
    {
      name: "sore from yesterday's run: 1 day off, the run does not count",
      sore: true,
      action: "rest",
      restDays: 1,
      completions: 0,
      restUntil: "2025-03-06",
      key: "reason.soreness.nextDay",
    },
    {
      name: "not sore: the run still counts, nothing held",
      sore: false,
      action: "hold",
      restDays: 0,
      completions: 1,
      restUntil: null,
      key: undefined,
    },
  ] as const)("$name", ({ sore, action, restDays, completions, restUntil, key }) => {
    const state = stateOn(phase4([buildRunCheckIn({ date: START }), morningAfter("2025-03-04", sore)]), "2025-03-04");
    expect(state.level?.completions).toBe(completions);
    expect(state.restUntil).toBe(restUntil);
    if (key) expect(state.lastDecision).toMatchObject({ action, restDays, reasons: [{ key }] });
  });

  it.each([
    { name: "the next-day question", sore: morningAfter("2025-03-11", true) },
    {
      name: "a report stored before the question moved (soreness: next_day on a rest day)",
      sore: buildCheckIn({ date: "2025-03-11", sessionKind: "rest", rpe: undefined, minutes: 0, soreness: "next_day" }),
    },
  ])("undoes the step up that run earned: $name", ({ sore }) => {
    const runs = [
      buildRunCheckIn({ date: START }),
      buildRunCheckIn({ date: "2025-03-05" }),
      buildRunCheckIn({ date: "2025-03-10" }),
    ];
    expect(stateOn(phase4(runs), "2025-03-10").level?.current).toBe(2);
    const state = stateOn(phase4([...runs, sore]), "2025-03-11");
    expect(state.level?.current).toBe(1);
    expect(state.lastDecision.reasons[0]?.key).toBe("reason.soreness.nextDayUndoAdvance");
  });

  it("a stored run report with soreness next_day keeps its same-day meaning", () => {
    const state = stateOn(phase4([buildRunCheckIn({ date: START, soreness: "next_day" })]), START);
    expect(state.lastDecision).toMatchObject({
      action: "rest",
      restDays: 1,
      reasons: [{ key: "reason.soreness.nextDay" }],
    });
  });

  it("sore from yesterday's run on a day with another run: rest, and today's run does not count", () => {
    const state = stateOn(
      phase4([buildRunCheckIn({ date: START }), buildRunCheckIn({ date: "2025-03-04", soreAfterYesterdaysRun: true })]),
      "2025-03-04",
    );
    expect(state.level?.completions).toBe(0);
    expect(state.lastDecision.reasons[0]?.key).toBe("reason.soreness.nextDay");
  });

  it("one run costs one rest day: the same answer on the next day again changes nothing more", () => {
    const once = stateOn(phase4([buildRunCheckIn({ date: START }), morningAfter("2025-03-04", true)]), "2025-03-05");
    const twice = stateOn(
      phase4([buildRunCheckIn({ date: START }), morningAfter("2025-03-04", true), morningAfter("2025-03-05", true)]),
      "2025-03-05",
    );
    expect(twice.restUntil).toBe(once.restUntil);
  });
});

// DOMAIN §4 (one run a day) and the run rules of Fees et al. 1998: with strength and a walk/run in one
// report, the walk/run is the day's main session and counts at ≥ 90 % of its minutes.
describe("a day with strength and a walk/run in one report", () => {
  it.each([
    { minutes: 20, completed: true, completions: 1 },
    { minutes: 18, completed: true, completions: 1 },
    { minutes: 17, completed: true, completions: 0 },
    { minutes: 20, completed: false, completions: 0 },
  ])("walk/run of $minutes min, finished $completed → counts $completions", ({ minutes, completed, completions }) => {
    const state = stateOn(phase4([strengthAndRun(START, { minutes, completed })]), START);
    expect(state.level?.completions).toBe(completions);
  });

  it("adherence counts each planned session done, and the run's minutes", () => {
    const settings = buildSettings(intake);
    const events = [buildEvent("override", { date: START, phase: 4 })];
    const morning = computePlanState({ intake, settings, checkIns: [], events }, START);
    const planned = morning.today.sessions.filter((s) => s.kind !== "rest");
    expect(planned.map((s) => s.kind).sort()).toEqual(["strength", "walk_run"]);
    const both = computePlanState({ intake, settings, checkIns: [strengthAndRun(START)], events }, addDays(START, 1));
    expect(both.adherence[0]).toMatchObject({ doneSessions: 2, runMinutes: 20 });
    const onlyRun = computePlanState(
      { intake, settings, checkIns: [buildRunCheckIn({ date: START })], events },
      addDays(START, 1),
    );
    expect(onlyRun.adherence[0]).toMatchObject({ doneSessions: 1, runMinutes: 20 });
  });

  it.each([
    {
      name: "strength done, walk/run not finished",
      sessions: [
        { kind: "strength", minutes: 25, completed: true },
        { kind: "walk_run", minutes: 10, completed: false },
      ],
      done: 1,
    },
    {
      name: "three finished on a two-session day: at most what was planned",
      sessions: [
        { kind: "mobility", minutes: 10, completed: true },
        { kind: "strength", minutes: 25, completed: true },
        { kind: "walk_run", minutes: 20, completed: true },
      ],
      done: 2,
    },
  ] as const)("adherence: $name → $done done", ({ sessions, done }) => {
    const run = sessions.find((s) => s.kind === "walk_run")!;
    const report = buildRunCheckIn({
      date: START,
      minutes: run.minutes,
      completed: run.completed,
      sessions: [...sessions],
    });
    const state = computePlanState(
      {
        intake,
        settings: buildSettings(intake),
        checkIns: [report],
        events: [buildEvent("override", { date: START, phase: 4 })],
      },
      addDays(START, 1),
    );
    expect(state.adherence[0]?.doneSessions).toBe(done);
  });
});

describe("the check-in schema for a day's sessions, comment and next-day answer", () => {
  const base = {
    ...buildRunCheckIn({ date: START }),
    sessions: [
      { kind: "strength", minutes: 25, completed: true },
      { kind: "walk_run", minutes: 20, completed: true },
    ],
  };
  it.each([
    { name: "strength + walk/run with the walk/run as main session", input: base, ok: true },
    { name: "a stored report without the new fields", input: buildRunCheckIn({ date: START }), ok: true },
    {
      name: "a stored report with soreness next_day",
      input: buildRunCheckIn({ date: START, soreness: "next_day" }),
      ok: true,
    },
    {
      name: "a rest day with no sessions",
      input: { ...buildCheckIn({ date: START, sessionKind: "rest", rpe: undefined, minutes: 0 }), sessions: [] },
      ok: true,
    },
    {
      name: "main session is not the run",
      input: { ...base, sessionKind: "strength", minutes: 25, soreness: undefined },
      ok: false,
    },
    { name: "main minutes differ from the run's", input: { ...base, minutes: 30 }, ok: false },
    {
      name: "two runs in a day",
      input: {
        ...base,
        sessions: [
          { kind: "run", minutes: 10, completed: true },
          { kind: "walk_run", minutes: 20, completed: true },
        ],
      },
      ok: false,
    },
    {
      name: "a rest session",
      input: { ...base, sessions: [{ kind: "rest", minutes: 0, completed: true }] },
      ok: false,
    },
    {
      name: "five sessions",
      input: {
        ...base,
        sessions: [
          ...base.sessions,
          ...Array.from({ length: 3 }, () => ({ kind: "mobility", minutes: 5, completed: true })),
        ],
      },
      ok: false,
    },
    { name: "a 500-character comment", input: { ...base, comment: "a".repeat(500) }, ok: true },
    { name: "a 501-character comment", input: { ...base, comment: "a".repeat(501) }, ok: false },
    { name: "a next-day answer that is not yes/no", input: { ...base, soreAfterYesterdaysRun: "maybe" }, ok: false },
  ])("$name → valid: $ok", ({ input, ok }) => {
    expect(CheckInSchema.safeParse(input).success).toBe(ok);
  });

  it("trims the comment", () => {
    expect(CheckInSchema.parse({ ...base, comment: "  calf tight  " }).comment).toBe("calf tight");
  });

  it("reads sessions from old and new reports alike", () => {
    expect(sessionsOf(buildRunCheckIn({ date: START }))).toEqual([{ kind: "walk_run", minutes: 20, completed: true }]);
    expect(sessionsOf(buildCheckIn({ date: START, sessionKind: "rest", rpe: undefined, minutes: 0 }))).toEqual([]);
    expect(hadRun(strengthAndRun(START))).toBe(true);
    expect(hadRun(buildCheckIn({ date: START, sessionKind: "strength" }))).toBe(false);
  });
});
