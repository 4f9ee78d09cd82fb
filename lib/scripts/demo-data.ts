// Demo data for a new database: a physio and runners in every situation, with weeks of check-ins
// simulated day by day through the engine (each day's report follows what the plan said that day).
import { addDays, formatISO, parseISO } from "date-fns";
import {
  computePlanState,
  defaultSettings,
  isoWeekday,
  toDay,
  type CheckIn,
  type Intake,
  type PlanEvent,
} from "@/lib/engine/index";

export type DemoRunner = {
  key: string;
  name: string;
  email: string;
  linkedToPhysio: boolean;
  intake: Intake;
  checkIns: CheckIn[];
  events: PlanEvent[];
};

export { DEMO_PASSWORD } from "@/lib/auth/demo-password";
// The demo physio signs in in two steps like every approved physio: this key (base32, what an
// authenticator app takes, see README "Try it") is published with the demo password, demo data only.
export const DEMO_TOTP_KEY = "INXW2ZLCMFRWWRDFNVXVI53PKN2GK4CTNFTW42LOJNSXSMRQGI3A";

export const DEMO_PHYSIO = {
  name: "Femke de Vries",
  email: "femke@comeback.demo",
  bigNumber: "19012345601",
  practice: "Fysiotherapie Oosterpark",
};

const iso = (date: Date) => formatISO(date, { representation: "date" });
const shift = (day: string, days: number) => iso(addDays(parseISO(day), days));

type Scenario = {
  key: string;
  name: string;
  site: Intake["site"];
  tissue: Intake["tissue"];
  daysSinceLastRun: number;
  daysSinceStart: number;
  linkedToPhysio: boolean;
  // Day offsets (from the start) with a painful report, skipped days and a red flag.
  painfulDays?: number[];
  skippedDays?: number[];
  redFlagDay?: number;
  readinessFromDay?: number;
  /** Training days as offsets from today's weekday (0: today), so the demo's today is a run day. */
  trainingDaysFrom?: number[];
};

function trainingDaysFrom(today: string, offsets: number[]): number[] {
  const weekday = isoWeekday(toDay(today));
  return offsets.map((offset) => ((weekday - 1 + offset) % 7) + 1).sort((a, b) => a - b);
}

const scenarios: Scenario[] = [
  {
    key: "anna",
    name: "Anna Jansen",
    site: "achilles",
    tissue: "tendon",
    daysSinceLastRun: 52,
    daysSinceStart: 45,
    linkedToPhysio: true,
    painfulDays: [2],
    skippedDays: [19, 33],
    readinessFromDay: 24,
  },
  {
    key: "bram",
    name: "Bram Visser",
    site: "shin",
    tissue: "bone",
    daysSinceLastRun: 12,
    daysSinceStart: 10,
    linkedToPhysio: true,
    skippedDays: [4],
  },
  {
    key: "carmen",
    name: "Carmen Bakker",
    site: "knee",
    tissue: "joint",
    daysSinceLastRun: 30,
    daysSinceStart: 26,
    linkedToPhysio: true,
    painfulDays: [1, 9],
    skippedDays: [15],
  },
  {
    key: "daan",
    name: "Daan Smit",
    site: "hamstring",
    tissue: "muscle",
    daysSinceLastRun: 20,
    daysSinceStart: 16,
    linkedToPhysio: true,
    redFlagDay: 14,
  },
  // A hamstring strain in the speed stage: strides and surges after the easy runs (Mendiguchia et al. 2017).
  {
    key: "fleur",
    name: "Fleur de Jong",
    site: "hamstring",
    tissue: "muscle",
    daysSinceLastRun: 80,
    daysSinceStart: 73,
    linkedToPhysio: true,
    readinessFromDay: 20,
    trainingDaysFrom: [0, 2, 4, 5],
  },
  {
    key: "eva",
    name: "Eva Mulder",
    site: "calf",
    tissue: "muscle",
    daysSinceLastRun: 9,
    daysSinceStart: 7,
    linkedToPhysio: false,
  },
];

function reportFor(scenario: Scenario, intake: Intake, checkIns: CheckIn[], date: string, offset: number): CheckIn {
  const state = computePlanState({ intake, settings: defaultSettings(intake), checkIns, events: [] }, date);
  const sessions = state.today.sessions.filter((s) => s.kind !== "rest");
  const main = sessions.find((s) => s.kind === "run" || s.kind === "walk_run") ?? sessions[0];
  const painful = scenario.painfulDays?.includes(offset) ?? false;
  const redFlag = scenario.redFlagDay === offset;
  const pain = painful ? 2 : 0;
  const base: CheckIn = {
    date,
    painRest: 0,
    painDuring: pain,
    painAfter: pain,
    painMorning: 0,
    sessionKind: main?.kind ?? "rest",
    minutes: main?.minutes ?? 0,
    completed: true,
    rpe: main ? 4 + (offset % 3) : undefined,
    soreness:
      main && (main.kind === "run" || main.kind === "walk_run") ? (painful ? "warmup_gone" : "none") : undefined,
    swelling: false,
    nightPain: redFlag,
    limping: false,
    boneTenderness: false,
    sleepHours: 7 + (offset % 3) * 0.5,
    restingHr: 52 + (offset % 4),
  };
  if (state.phase === 3 && scenario.readinessFromDay !== undefined && offset >= scenario.readinessFromDay) {
    base.readiness = {
      walk: { minutes: 30, pain: 0 },
      calfRaise: { left: 20, right: 20, pain: 0 },
      singleLegSquat: { left: 10, right: 10, pain: 0 },
      hop: { count: 15, pain: 0 },
      // A hamstring adds the single-leg bridge and resisted knee flexion (Freckleton 2014; Hickey 2017).
      ...(intake.site === "hamstring" ? { bridge: { left: 22, right: 24, pain: 0 }, kneeFlexion: { pain: 0 } } : {}),
    };
  }
  return base;
}

export function buildDemoRunners(today: string): DemoRunner[] {
  return scenarios.map((scenario) => {
    const startOn = shift(today, -scenario.daysSinceStart);
    const intake: Intake = {
      site: scenario.site,
      tissue: scenario.tissue,
      lastRunOn: shift(today, -scenario.daysSinceLastRun),
      runsPerWeek: 3,
      weeklyMinutes: 150,
      longestRunMinutes: 60,
      trainingDays: scenario.trainingDaysFrom ? trainingDaysFrom(today, scenario.trainingDaysFrom) : [2, 4, 6, 7],
      startOn,
      // A shin stress reaction on the inner side: a low-risk site (Warden et al. 2014).
      ...(scenario.tissue === "bone" ? { boneSite: "posteromedial_tibia" as const } : {}),
    };
    const checkIns: CheckIn[] = [];
    // Reports up to yesterday: today's check-in is left for whoever explores the demo.
    for (let offset = 0; offset < scenario.daysSinceStart; offset++) {
      if (scenario.skippedDays?.includes(offset)) continue;
      if (scenario.redFlagDay !== undefined && offset > scenario.redFlagDay) break;
      checkIns.push(reportFor(scenario, intake, checkIns, shift(startOn, offset), offset));
    }
    return {
      key: scenario.key,
      name: scenario.name,
      email: `${scenario.key}@comeback.demo`,
      linkedToPhysio: scenario.linkedToPhysio,
      intake,
      checkIns,
      events: [],
    };
  });
}
