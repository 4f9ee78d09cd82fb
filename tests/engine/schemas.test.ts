import { differenceInCalendarDays, format, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { CheckIn, Intake, PlanEvent, PlanState, isIsoDate, isoWeekday, startOfWeek, toDay, toIso } from "@/lib/engine";
import { buildCheckIn, buildEvent, buildIntake, buildScenario, stateOn } from "./factories";

describe("calendar days", () => {
  it.each(["1999-12-31", "2000-02-29", "2024-02-29", "2025-03-30", "2025-10-26", "2026-01-01", "2100-03-01"])(
    "%s agrees with date-fns (local days, no UTC shift)",
    (iso) => {
      expect(toDay(iso)).toBe(differenceInCalendarDays(parseISO(iso), parseISO("1970-01-01")));
      expect(toIso(toDay(iso))).toBe(iso);
      expect(isoWeekday(toDay(iso))).toBe(Number(format(parseISO(iso), "i")));
    },
  );

  it("weeks start on Monday", () => {
    expect(toIso(startOfWeek(toDay("2025-03-09")))).toBe("2025-03-03");
    expect(toIso(startOfWeek(toDay("2025-03-03")))).toBe("2025-03-03");
  });

  it.each([
    ["2025-02-29", false],
    ["2025-13-01", false],
    ["2025-1-01", false],
    ["2024-02-29", true],
  ])("isIsoDate(%s) is %s", (iso, ok) => expect(isIsoDate(iso)).toBe(ok));
});

describe("input schemas", () => {
  it.each([
    ["runsPerWeek 0", { runsPerWeek: 0 }],
    ["runsPerWeek 15", { runsPerWeek: 15 }],
    ["weeklyMinutes 5", { weeklyMinutes: 5 }],
    ["weeklyMinutes 2001", { weeklyMinutes: 2001 }],
    ["lastRunOn after startOn", { lastRunOn: "2025-03-10" }],
    ["no training days", { trainingDays: [] }],
    ["duplicate training days", { trainingDays: [1, 1] }],
    ["weekday 8", { trainingDays: [8] }],
    ["longest run above the week", { longestRunMinutes: 200 }],
  ])("Intake rejects %s", (_, patch) => {
    expect(Intake.safeParse(buildIntake(patch as Partial<Intake>)).success).toBe(false);
  });

  it("Intake accepts the factory runner", () => expect(Intake.safeParse(buildIntake()).success).toBe(true));

  it.each([
    ["pain above 10", { painDuring: 11 }],
    ["a run without soreness", { sessionKind: "run" as const, soreness: undefined }],
    ["a session without RPE", { rpe: undefined }],
    ["a bad date", { date: "2025-02-30" }],
  ])("CheckIn rejects %s", (_, patch) => {
    expect(CheckIn.safeParse(buildCheckIn(patch)).success).toBe(false);
  });

  it("CheckIn allows a rest day without RPE", () => {
    expect(CheckIn.safeParse(buildCheckIn({ sessionKind: "rest", rpe: undefined, minutes: 0 })).success).toBe(true);
  });

  it.each([
    ["override with nothing to change", buildEvent("override", { date: "2025-03-03" }), false],
    [
      "interruption ending before it starts",
      buildEvent("interruption", { date: "2025-03-03", from: "2025-03-05", to: "2025-03-04" }),
      false,
    ],
    ["approval of phase 3", buildEvent("approve_transition", { date: "2025-03-03", toPhase: 3 }), true],
    ["settings change", buildEvent("settings_change", { date: "2025-03-03", settings: { tolerance: 2 } }), true],
  ])("PlanEvent: %s", (_, event, ok) => expect(PlanEvent.safeParse(event).success).toBe(ok));

  it("computePlanState output matches the PlanState schema", () => {
    expect(PlanState.safeParse(stateOn(buildScenario(), "2025-03-05")).success).toBe(true);
  });

  it("a plan viewed before its start is phase 1 with rest days", () => {
    const state = stateOn(buildScenario(), "2025-03-01");
    expect(state.phase).toBe(1);
    expect(state.today.sessions[0]?.kind).toBe("rest");
    expect(PlanState.safeParse(state).success).toBe(true);
  });
});

// A rest day's check-in does not ask the pain during or after a session: the server takes it without
// them, and still asks them of a day with a session (each named as its own field).
describe("the rest day's shorter check-in", () => {
  const without = (patch: Parameters<typeof buildCheckIn>[0]) => {
    const c = { ...buildCheckIn(patch) } as Record<string, unknown>;
    delete c.painDuring;
    delete c.painAfter;
    return c;
  };
  it.each([
    { name: "rest day, no sessions", patch: { sessionKind: "rest", minutes: 0, rpe: undefined }, ok: true },
    {
      name: "rest day, empty sessions",
      patch: { sessionKind: "rest", minutes: 0, rpe: undefined, sessions: [] as never[] },
      ok: true,
    },
    { name: "a strength session", patch: { sessionKind: "strength", minutes: 20, rpe: 4 }, ok: false },
  ] as const)("$name without load pain: accepted $ok", ({ patch, ok }) => {
    const parsed = CheckIn.safeParse(without(patch as Parameters<typeof buildCheckIn>[0]));
    expect(parsed.success).toBe(ok);
    if (!ok) expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["painDuring", "painAfter"]);
  });

  it("a rest day's report keeps its load pain absent", () => {
    const c = CheckIn.parse(without({ sessionKind: "rest", minutes: 0, rpe: undefined }));
    expect(c.painDuring).toBeUndefined();
    expect(c.painAfter).toBeUndefined();
  });
});
