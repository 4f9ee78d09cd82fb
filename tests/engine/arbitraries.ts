// fast-check generators shared by the engine's property tests: runners (intakes) and their days.
import fc from "fast-check";
import { toDay, toIso, type CheckIn, type Intake, type Tissue } from "@/lib/engine";

type IntakeOptions = {
  tissues: Tissue[];
  daysOff: { min: number; max: number };
  /** The longest run before the injury, from the weekly minutes and a random share (0.05-1) of them. */
  longestRun: (weeklyMinutes: number, share: number) => number;
};

export function arbitraryIntake(start: string, { tissues, daysOff, longestRun }: IntakeOptions): fc.Arbitrary<Intake> {
  return fc
    .record({
      site: fc.constantFrom("achilles", "calf", "shin", "knee", "hamstring", "hip", "foot", "ankle", "other"),
      tissue: fc.constantFrom(...tissues),
      daysOff: fc.integer(daysOff),
      runsPerWeek: fc.integer({ min: 1, max: 7 }),
      weeklyMinutes: fc.integer({ min: 10, max: 600 }),
      longestShare: fc.double({ min: 0.05, max: 1, noNaN: true }),
      trainingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    })
    .map(({ daysOff: off, longestShare, ...rest }) => ({
      ...rest,
      lastRunOn: toIso(toDay(start) - off),
      longestRunMinutes: longestRun(rest.weeklyMinutes, longestShare),
      startOn: start,
    }));
}

/** One day as a runner reports it: mostly quiet, now and then missing, painful, sore, flagged or short of sleep. */
export type DayReport = {
  missing: boolean;
  pain: number;
  morning: number;
  soreness: NonNullable<CheckIn["soreness"]>;
  flag: boolean;
  sleepHours: number;
};

export function arbitraryDay(maxPain: number): fc.Arbitrary<DayReport> {
  return fc.record({
    missing: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    pain: fc.oneof(
      { weight: 8, arbitrary: fc.constant(0) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: maxPain }) },
    ),
    morning: fc.oneof(
      { weight: 9, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) },
    ),
    soreness: fc.oneof(
      { weight: 6, arbitrary: fc.constant("none" as const) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "warmup_gone" as const,
          "warmup_persisted" as const,
          "returned" as const,
          "next_day" as const,
        ),
      },
    ),
    flag: fc.integer({ min: 0, max: 40 }).map((n) => n === 0),
    sleepHours: fc.oneof({ weight: 9, arbitrary: fc.constant(8) }, { weight: 1, arbitrary: fc.constant(5) }),
  });
}
