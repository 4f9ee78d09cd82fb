import { describe, expect, it } from "vitest";
import { AssignmentSchedule, questionnaireDue, type DueInput } from "@/lib/engine";

// A plan started on Monday 2 November 2026; phase 2 began on the 9th, phase 3 on the 23rd.
const base = (schedule: object, extra: Partial<DueInput> = {}): DueInput => ({
  schedule: AssignmentSchedule.parse(schedule),
  startOn: "2026-11-02",
  phaseStarts: ["2026-11-09", "2026-11-23"],
  dischargedOn: null,
  lastAnsweredOn: null,
  ...extra,
});

describe("questionnaireDue", () => {
  it.each([
    [
      "at intake, never answered",
      base({ atIntake: true }),
      "2026-11-02",
      { due: true, since: "2026-11-02", moment: "intake" },
    ],
    [
      "at intake, answered on the day",
      base({ atIntake: true }, { lastAnsweredOn: "2026-11-02" }),
      "2026-11-20",
      { due: false },
    ],
    ["at intake, before the start", base({ atIntake: true }), "2026-11-01", { due: false }],
    ["every 2 weeks, one day short of the first", base({ everyNWeeks: 2 }), "2026-11-15", { due: false }],
    [
      "every 2 weeks, on the day",
      base({ everyNWeeks: 2 }),
      "2026-11-16",
      { due: true, since: "2026-11-16", moment: "weeks" },
    ],
    [
      "every 2 weeks, the intake round answered",
      base({ atIntake: true, everyNWeeks: 2 }, { lastAnsweredOn: "2026-11-02" }),
      "2026-11-20",
      { due: true, since: "2026-11-16", moment: "weeks" },
    ],
    [
      "every 2 weeks, a round missed: only the latest is owed",
      base({ everyNWeeks: 2 }),
      "2026-12-01",
      { due: true, since: "2026-11-30", moment: "weeks" },
    ],
    [
      "every 2 weeks, answered since the last round",
      base({ everyNWeeks: 2 }, { lastAnsweredOn: "2026-11-17" }),
      "2026-11-29",
      { due: false },
    ],
    [
      "at each phase change",
      base({ atPhaseChange: true }, { lastAnsweredOn: "2026-11-10" }),
      "2026-11-24",
      { due: true, since: "2026-11-23", moment: "phase" },
    ],
    [
      "at each phase change, answered after the latest",
      base({ atPhaseChange: true }, { lastAnsweredOn: "2026-11-23" }),
      "2026-11-24",
      { due: false },
    ],
    [
      "at discharge",
      base({ atDischarge: true }, { dischargedOn: "2026-11-25", lastAnsweredOn: "2026-11-02" }),
      "2026-11-25",
      { due: true, since: "2026-11-25", moment: "discharge" },
    ],
    ["at discharge, not discharged", base({ atDischarge: true }), "2026-12-20", { due: false }],
  ] as const)("%s", (_label, input, today, expected) => {
    expect(questionnaireDue(input, today)).toEqual(expected);
  });

  it("refuses a schedule with no moment", () => {
    expect(AssignmentSchedule.safeParse({}).error?.issues[0]?.message).toBe("outcome.scheduleEmpty");
  });
});
