// Benchmark: replay a year of daily check-ins through computePlanState; prints median and p95.
import { performance } from "node:perf_hooks";
import { computePlanState, defaultSettings, toDay, toIso, type CheckIn, type Intake, type PlanEvent } from "../engine/index";

const DAYS = 365;
const WARMUP = 200;
const ITERATIONS = 1000;
const TARGET_MEDIAN_MS = 2;

const intake: Intake = {
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
  const start = toDay(intake.startOn);
  const checkIns: CheckIn[] = [];
  for (let i = 0; i < DAYS; i++) {
    const isRun = i > 40 && i % 2 === 0;
    checkIns.push({
      date: toIso(start + i),
      painRest: 0,
      painDuring: i % 29 === 0 ? 2 : 0,
      painAfter: i % 37 === 0 ? 3 : 0,
      painMorning: 0,
      sessionKind: isRun ? "run" : "cross_training",
      minutes: isRun ? 30 : 40,
      completed: true,
      rpe: 4,
      soreness: isRun ? (i % 23 === 0 ? "warmup_gone" : "none") : undefined,
      swelling: false,
      nightPain: false,
      limping: false,
      boneTenderness: false,
      sleepHours: i % 11 === 0 ? 5.5 : 7.5,
      restingHr: 50 + (i % 5),
      readiness: i === 30 ? { walk: { minutes: 30, pain: 0 }, calfRaise: { left: 25, right: 25, pain: 0 }, singleLegSquat: { left: 12, right: 12, pain: 0 }, hop: { count: 15, pain: 0 } } : undefined,
    });
  }
  const events: PlanEvent[] = [
    { kind: "settings_change", date: toIso(start + 5), by: "physio", settings: { tolerance: 1 } },
    { kind: "interruption", date: toIso(start + 200), by: "runner", from: toIso(start + 200), to: toIso(start + 206) },
  ];
  return { checkIns, events, today: toIso(start + DAYS - 1) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const { checkIns, events, today } = buildYear();
const input = { intake, settings: defaultSettings(intake), checkIns, events };
for (let i = 0; i < WARMUP; i++) computePlanState(input, today);
const times: number[] = [];
for (let i = 0; i < ITERATIONS; i++) {
  const t0 = performance.now();
  computePlanState(input, today);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = percentile(times, 0.5);
const state = computePlanState(input, today);
console.log(`computePlanState: ${DAYS} days of check-ins, ${ITERATIONS} runs after ${WARMUP} warm-up`);
console.log(`  median ${median.toFixed(3)} ms   p95 ${percentile(times, 0.95).toFixed(3)} ms   (target median ≤ ${TARGET_MEDIAN_MS} ms)`);
console.log(`  end state: phase ${state.phase}, status ${state.status}, level ${state.level?.current ?? "-"}/${state.level?.total ?? "-"}`);
if (median > TARGET_MEDIAN_MS) process.exitCode = 1;
