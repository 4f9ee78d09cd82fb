// Many patients for one physio, fast: bulk inserts and summaries computed once per plan through the
// engine (no day-by-day simulation), for the dashboard benchmark and tests with hundreds of patients.
import { randomUUID } from "node:crypto";
import { addDays, formatISO, parseISO } from "date-fns";
import { computePlanState, defaultSettings, type CheckIn, type Intake } from "@/lib/engine/index";
import type { Db } from "@/lib/db/client";
import { checkInColumns } from "@/lib/db/mappers";
import { checkIns as checkInsTable, plans, user } from "@/lib/db/schema";
import { buildPlanSummary } from "@/lib/server/plan/plan-summary";
import { quietCheckIn } from "./sample-check-in";

const iso = (date: Date) => formatISO(date, { representation: "date" });
const shift = (day: string, days: number) => iso(addDays(parseISO(day), days));

const sites: { site: Intake["site"]; tissue: Intake["tissue"] }[] = [
  { site: "achilles", tissue: "tendon" },
  { site: "shin", tissue: "bone" },
  { site: "knee", tissue: "joint" },
  { site: "hamstring", tissue: "muscle" },
  { site: "calf", tissue: "muscle" },
  { site: "hip", tissue: "unknown" },
];
const firstNames = [
  "Anna",
  "Bram",
  "Carmen",
  "Daan",
  "Eva",
  "Finn",
  "Gijs",
  "Hanna",
  "Isa",
  "Joris",
  "Kim",
  "Lotte",
  "Milan",
  "Noor",
  "Olivier",
  "Pien",
  "Quinten",
  "Roos",
  "Sem",
  "Tess",
];
const lastNames = [
  "Jansen",
  "de Vries",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "van Dijk",
];

// Patient i's story, varied but deterministic: 5 to 60 days in, some silent lately, some painful days, a few red flags.
function buildPatient(i: number, today: string) {
  const { site, tissue } = sites[i % sites.length]!;
  const daysIn = 5 + ((i * 7) % 56);
  const startOn = shift(today, -daysIn);
  const intake: Intake = {
    site,
    tissue,
    lastRunOn: shift(startOn, -(3 + (i % 20))),
    runsPerWeek: 3,
    weeklyMinutes: 150,
    longestRunMinutes: 60,
    trainingDays: [2, 4, 6, 7],
    startOn,
  };
  const silentDays = i % 9 === 0 ? 4 : i % 4 === 0 ? 1 : 0;
  const checkIns: CheckIn[] = [];
  for (let offset = 0; offset < daysIn - silentDays; offset++) {
    if ((offset + i) % 11 === 5) continue;
    const painful = (offset * 3 + i) % 13 === 0;
    const redFlag = i % 17 === 3 && offset === daysIn - silentDays - 1;
    checkIns.push(
      quietCheckIn(shift(startOn, offset), {
        painDuring: painful ? 3 : 0,
        painAfter: painful ? 2 : 0,
        minutes: 30,
        nightPain: redFlag,
      }),
    );
  }
  return {
    intake,
    checkIns,
    name: `${firstNames[i % firstNames.length]} ${lastNames[Math.floor(i / firstNames.length) % lastNames.length]} ${i + 1}`,
  };
}

async function insertInChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function seedPatients(db: Db, physioId: string, count: number, today: string): Promise<string[]> {
  const users: (typeof user.$inferInsert)[] = [];
  const planRows: (typeof plans.$inferInsert)[] = [];
  const checkInRows: (typeof checkInsTable.$inferInsert)[] = [];
  const tag = randomUUID().slice(0, 8);
  for (let i = 0; i < count; i++) {
    const { intake, checkIns, name } = buildPatient(i, today);
    const settings = defaultSettings(intake);
    const state = computePlanState({ intake, settings, checkIns, events: [] }, today);
    const summary = buildPlanSummary(state, intake, checkIns);
    const runnerId = randomUUID();
    const planId = randomUUID();
    users.push({
      id: runnerId,
      name,
      email: `patient-${tag}-${i}@comeback.bench`,
      role: "runner",
      emailVerified: true,
    });
    planRows.push({
      id: planId,
      runnerId,
      physioId,
      intake,
      settings,
      status: state.status,
      phase: state.phase,
      summary,
      lastCheckInOn: summary.lastCheckInOn,
    });
    for (const c of checkIns) checkInRows.push({ planId, ...checkInColumns(c) });
  }
  await db.transaction(async (tx) => {
    await insertInChunks(users, 1000, (chunk) => tx.insert(user).values(chunk));
    await insertInChunks(planRows, 500, (chunk) => tx.insert(plans).values(chunk));
    await insertInChunks(checkInRows, 2000, (chunk) => tx.insert(checkInsTable).values(chunk));
  });
  return planRows.map((p) => p.id!);
}
