// What the physio changed on a plan and why, for the runner (and the physio's own history):
// settings changes with old → new values, approvals, declines, clearances and overrides.
import "server-only";
import type { Db } from "@/lib/db/client";
import { listEventsWithActors } from "@/lib/server/plan/audit-queries";
import { applySettingsPatch, PlanEvent, type PlanSettings, type PlanSettingsPatch } from "@/lib/engine";
import type { LoadedPlan } from "./load-plan";

const physioEventKinds = [
  "settings_change",
  "approve_transition",
  "decline_transition",
  "clearance",
  "override",
  "program_change",
  "interruption",
  "interruption_end",
  "intake_correction",
  "clinic_tests",
  "discharge",
] as const;

// A pause or a correction of the intake may come from the runner too: both people see those.
const eitherKinds = new Set<string>(["interruption", "interruption_end", "intake_correction"]);

export type SettingChange = { field: string; from: number | boolean; to: number | boolean };

export type PlanChange = {
  id: string;
  date: string;
  kind: (typeof physioEventKinds)[number];
  actorName: string | null;
  note: string | null;
  settings: SettingChange[];
  toPhase: number | null;
  override: { phase?: number; level?: number; backToLevelOn?: string } | null;
  by: "physio" | "runner";
  program: { phase: number; sessionKind: string; exerciseIds: string[]; instruction: string | null } | null;
  pause: { from: string; to: string; reason: string | null } | null;
  intake: { field: string; to: number | number[] | string | Record<string, string> }[];
};

// "painFreeDays.toPhase2" → its value in a settings object.
function valueAt(settings: PlanSettings, field: string): number | boolean {
  const [group, key] = field.split(".") as [keyof PlanSettings, string | undefined];
  const value = settings[group];
  return key ? (value as Record<string, number | boolean>)[key]! : (value as number | boolean);
}

export function changedFields(patch: PlanSettingsPatch): string[] {
  return Object.entries(patch).flatMap(([group, value]) => {
    if (value === undefined) return [];
    if (typeof value === "object")
      return Object.entries(value as object)
        .filter(([, v]) => v !== undefined)
        .map(([key]) => `${group}.${key}`);
    return [group];
  });
}

export function diffSettings(before: PlanSettings, patch: PlanSettingsPatch): SettingChange[] {
  const after = applySettingsPatch(before, patch);
  return changedFields(patch).map((field) => ({ field, from: valueAt(before, field), to: valueAt(after, field) }));
}

export async function listPlanChanges(db: Db, plan: LoadedPlan): Promise<PlanChange[]> {
  const rows = await listEventsWithActors(db, plan.row.id, [...physioEventKinds]);
  let settings = plan.settings;
  const changes: PlanChange[] = [];
  for (const row of rows) {
    const parsed = PlanEvent.safeParse({ ...(row.payload as object), kind: row.kind, date: row.date });
    if (!parsed.success) continue;
    const event = parsed.data;
    const base = {
      id: row.id,
      date: event.date,
      actorName: row.actorName,
      note: event.note ?? null,
      settings: [],
      toPhase: null,
      override: null,
      by: event.by,
      program: null,
      pause: null,
      intake: [],
    };
    if (event.kind === "settings_change") {
      const diff = diffSettings(settings, event.settings);
      settings = applySettingsPatch(settings, event.settings);
      if (event.by === "physio") changes.push({ ...base, kind: event.kind, settings: diff });
    } else if (event.by !== "physio" && !eitherKinds.has(event.kind)) {
      continue;
    } else if (event.kind === "program_change") {
      changes.push({
        ...base,
        kind: event.kind,
        program: {
          phase: event.phase,
          sessionKind: event.sessionKind,
          exerciseIds: event.items.map((i) => i.exerciseId),
          instruction: event.instruction ?? null,
        },
      });
    } else if (event.kind === "interruption") {
      changes.push({
        ...base,
        kind: event.kind,
        pause: { from: event.from, to: event.to, reason: event.reason ?? null },
      });
    } else if (event.kind === "intake_correction") {
      changes.push({
        ...base,
        kind: event.kind,
        intake: Object.entries(event.intake).flatMap(([field, to]) => (to === undefined ? [] : [{ field, to }])),
      });
    } else if (event.kind === "interruption_end" || event.kind === "discharge" || event.kind === "clinic_tests") {
      changes.push({ ...base, kind: event.kind });
    } else if (event.kind === "approve_transition" || event.kind === "decline_transition") {
      changes.push({ ...base, kind: event.kind, toPhase: event.toPhase });
    } else if (event.kind === "override") {
      changes.push({
        ...base,
        kind: event.kind,
        override: { phase: event.phase, level: event.level, backToLevelOn: event.backToLevelOn },
      });
    } else if (event.kind === "clearance") {
      changes.push({ ...base, kind: event.kind });
    }
  }
  return changes.reverse();
}
