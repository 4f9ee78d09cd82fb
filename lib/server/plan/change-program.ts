// The physio prescribes the program of one session kind in one phase: exercises from the library,
// each with its dose, and an instruction. It is a program_change event the engine replays (so the
// runner's Today, the history and the audit log all show it). Bad input gets a specific message.
import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import {
  DOSE_LIMITS,
  Dose,
  getExercise,
  isWeighedLoad,
  LOAD_AMOUNT_LIMITS,
  LoadKey,
  MAX_PROGRAM_ITEMS,
  ProgramSessionKind,
  type ExerciseCategory,
  type PlanState,
} from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { Note } from "./change-plan-settings";
import { recordPlanEvent } from "./record-plan-event";
import { loadPlanChange, type PlanChangeParams } from "./plan-change-input";

const ProgramInput = z.object({
  phase: z.coerce.number().pipe(z.int().min(1).max(4)),
  sessionKind: ProgramSessionKind,
  items: z.array(z.object({ exerciseId: z.string(), dose: z.unknown() })).max(MAX_PROGRAM_ITEMS),
  instruction: z.string().trim().max(500).optional(),
  note: Note.optional(),
});

/** What may go into each kind of session: strength work, or stretches, drills and rolling. */
const programCategories: Record<ProgramSessionKind, ExerciseCategory[]> = {
  strength: ["strength"],
  mobility: ["mobility", "foam_roll"],
};

type DoseField = keyof typeof DOSE_LIMITS;

// The first thing wrong with one item, as a message the physio can act on.
function checkItem(item: { exerciseId: string; dose: unknown }, index: number, kind: ProgramSessionKind): Dose {
  const at = { item: index + 1, field: `items.${index}` };
  const exercise = getExercise(item.exerciseId);
  if (!exercise) throw new AppError("INVALID_INPUT", "program.errors.unknownExercise", at);
  if (!programCategories[kind].includes(exercise.category))
    throw new AppError("INVALID_INPUT", "program.errors.wrongKind", at);
  const parsed = Dose.safeParse(item.dose);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path[0];
  if (typeof field === "string" && field in DOSE_LIMITS) {
    const limits = DOSE_LIMITS[field as DoseField];
    throw new AppError("INVALID_INPUT", "program.errors.doseRange", {
      ...at,
      field: `items.${index}.${field}`,
      name: field,
      min: limits.min,
      max: limits.max,
    });
  }
  if (issue?.message === "dose.error.noAmount") throw new AppError("INVALID_INPUT", "program.errors.noAmount", at);
  if (field === "loadAmount") throw loadAmountError(item.dose, index);
  throw new AppError("INVALID_INPUT", "program.errors.badDose", at);
}

// A weight the physio typed: missing, out of range or off the step, or given with a load that has no amount.
function loadAmountError(dose: unknown, index: number): AppError {
  const at = { item: index + 1, field: `items.${index}.loadAmount` };
  const load = LoadKey.safeParse(typeof dose === "object" && dose ? (dose as { load?: unknown }).load : null);
  if (!load.success || !isWeighedLoad(load.data)) return new AppError("INVALID_INPUT", "program.errors.badDose", at);
  const { min, max, step } = LOAD_AMOUNT_LIMITS[load.data];
  return new AppError("INVALID_INPUT", "program.errors.loadAmount", { ...at, unit: load.data, min, max, step });
}

const tooManyItems = (error: z.ZodError) =>
  error.issues.some((i) => i.path[0] === "items" && i.code === "too_big")
    ? new AppError("INVALID_INPUT", "program.errors.tooMany", { max: MAX_PROGRAM_ITEMS })
    : undefined;

export async function changeProgram(db: Db, caller: SessionUser, params: PlanChangeParams): Promise<PlanState> {
  const { plan, today, input } = await loadPlanChange(db, caller, params, ProgramInput, { explain: tooManyItems });
  const { phase, sessionKind, instruction, note } = input;
  const items = input.items.map((item, i) => ({
    exerciseId: item.exerciseId,
    dose: checkItem(item, i, sessionKind),
  }));
  const twice = items.findIndex((item, i) => items.findIndex((other) => other.exerciseId === item.exerciseId) !== i);
  if (twice >= 0)
    throw new AppError("INVALID_INPUT", "program.errors.duplicate", { item: twice + 1, field: `items.${twice}` });
  const event = {
    kind: "program_change" as const,
    date: today,
    by: "physio" as const,
    phase,
    sessionKind,
    items,
    ...(instruction ? { instruction } : {}),
    ...(note ? { note } : {}),
  };
  const detail = { phase, sessionKind, exercises: items.map((i) => i.exerciseId), instruction: instruction ?? null };
  return recordPlanEvent(db, caller, plan, event, detail, today);
}
