// A patient of Femke's written straight into the database (the snapshot included), for physio pages.
import { randomUUID } from "node:crypto";
import { addDays, formatISO, parseISO } from "date-fns";
import { todayIn } from "../../lib/dates";
import { computePlanState, defaultSettings, type CheckIn, type Intake, type PlanSettings } from "../../lib/engine";
import { buildPlanSummary } from "../../lib/server/plan/plan-summary";
import { quietCheckIn } from "../../lib/scripts/sample-check-in";
import { sql } from "./db";

const FEMKE = "femke@comeback.demo";
const shift = (day: string, days: number) => formatISO(addDays(parseISO(day), days), { representation: "date" });

// A patient of Femke's written straight into the database, snapshot included, as the app would have
// left it: a plan started `startDaysAgo` days ago with the given reports (pain during the session per day,
// and anything else a day's report says in `days`).
export async function createPatient(
  name: string,
  options: { startDaysAgo: number; pain: number[]; settings?: Partial<PlanSettings>; days?: Partial<CheckIn>[] },
) {
  const today = todayIn("Europe/Amsterdam");
  const startOn = shift(today, -options.startDaysAgo);
  const intake: Intake = {
    site: "knee",
    tissue: "joint",
    lastRunOn: shift(startOn, -21),
    runsPerWeek: 3,
    weeklyMinutes: 150,
    longestRunMinutes: 60,
    trainingDays: [2, 4, 6, 7],
    startOn,
  };
  const settings = { ...defaultSettings(intake), ...options.settings };
  const checkIns: CheckIn[] = options.pain.map((pain, i) =>
    quietCheckIn(shift(startOn, i), { painDuring: pain, minutes: 30, ...options.days?.[i] }),
  );
  const state = computePlanState({ intake, settings, checkIns, events: [] }, today);
  const summary = buildPlanSummary(state, intake, checkIns);
  const runnerId = randomUUID();
  await sql(`insert into "user" (id, name, email, role) values ($1, $2, $3, 'runner')`, [
    runnerId,
    name,
    `${runnerId}@example.test`,
  ]);
  const [plan] = await sql<{ id: string }>(
    `insert into plans (runner_id, physio_id, intake, settings, status, phase, summary, last_check_in_on)
     values ($1, (select id from "user" where email = $2), $3, $4, $5, $6, $7, $8) returning id`,
    [runnerId, FEMKE, intake, settings, state.status, state.phase, summary, summary.lastCheckInOn],
  );
  for (const c of checkIns) {
    await sql(
      `insert into check_ins (plan_id, date, pain_rest, pain_during, pain_after, pain_morning, data) values ($1, $2, $3, $4, $5, $6, $7)`,
      [plan!.id, c.date, c.painRest, c.painDuring, c.painAfter, c.painMorning, c],
    );
  }
  return plan!.id;
}
