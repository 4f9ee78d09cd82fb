// Engine figure: replay a year of daily check-ins through computePlanState. Baseline, same run: one
// plain pass over the same check-ins computing a pain-free streak (the least any replay must do).
import { performance } from "node:perf_hooks";
import {
  computePlanState,
  defaultSettings,
  toDay,
  toIso,
  type CheckIn,
  type Intake,
  type PlanEvent,
} from "../../lib/engine/index";
import { median, percentile } from "./stats";
import { quietCheckIn } from "../../lib/scripts/sample-check-in";

const DAYS = 365;

const benchIntake: Intake = {
  site: "achilles",
  tissue: "tendon",
  lastRunOn: "2025-01-01",
  runsPerWeek: 4,
  weeklyMinutes: 240,
  longestRunMinutes: 90,
  trainingDays: [1, 2, 3, 4, 5, 6],
  startOn: "2025-01-15",
};

function buildYear(): { checkIns: CheckIn[]; events: PlanEvent[]; today: string } {
  const start = toDay(benchIntake.startOn);
  const checkIns: CheckIn[] = [];
  for (let i = 0; i < DAYS; i++) {
    const isRun = i > 40 && i % 2 === 0;
    checkIns.push(
      quietCheckIn(toIso(start + i), {
        painDuring: i % 29 === 0 ? 2 : 0,
        painAfter: i % 37 === 0 ? 3 : 0,
        sessionKind: isRun ? "run" : "cross_training",
        minutes: isRun ? 30 : 40,
        soreness: isRun ? (i % 23 === 0 ? "warmup_gone" : "none") : undefined,
        sleepHours: i % 11 === 0 ? 5.5 : 7.5,
        restingHr: 50 + (i % 5),
        readiness:
          i === 30
            ? {
                walk: { minutes: 30, pain: 0 },
                calfRaise: { left: 25, right: 25, pain: 0 },
                singleLegSquat: { left: 12, right: 12, pain: 0 },
                hop: { count: 15, pain: 0 },
              }
            : undefined,
      }),
    );
  }
  const events: PlanEvent[] = [
    { kind: "settings_change", date: toIso(start + 5), by: "physio", settings: { tolerance: 1 } },
    { kind: "interruption", date: toIso(start + 200), by: "runner", from: toIso(start + 200), to: toIso(start + 206) },
  ];
  return { checkIns, events, today: toIso(start + DAYS - 1) };
}

function time(run: () => unknown, warmup: number, iterations: number): number[] {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times;
}

export type EngineFigures = {
  days: number;
  iterations: number;
  engine: { median: number; p95: number };
  baseline: { median: number; p95: number };
};

export function benchEngine(iterations = 1000, warmup = 200): EngineFigures {
  const { checkIns, events, today } = buildYear();
  const input = { intake: benchIntake, settings: defaultSettings(benchIntake), checkIns, events };
  const engine = time(() => computePlanState(input, today), warmup, iterations);
  const baseline = time(
    () => {
      let streak = 0;
      for (const c of checkIns)
        streak =
          Math.max(c.painRest, c.painDuring ?? 0, c.painAfter ?? 0, c.painMorning) === 0 && !c.nightPain
            ? streak + 1
            : 0;
      return streak;
    },
    warmup,
    iterations,
  );
  return {
    days: DAYS,
    iterations,
    engine: { median: median(engine), p95: percentile(engine, 0.95) },
    baseline: { median: median(baseline), p95: percentile(baseline, 0.95) },
  };
}
