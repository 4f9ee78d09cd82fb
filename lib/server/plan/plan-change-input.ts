// The one prelude of every change to a plan: load it for a caller entitled to change it, fix the plan's
// "today" (a test may pass its own), then parse the input. The order is the contract: someone not entitled
// gets NOT_FOUND before any word about their input.
import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import type { AppError } from "@/lib/errors";
import { loadPatientPlan } from "../physio/load-patient-plan";
import { invalidInput } from "@/lib/validation/invalid-input";
import type { LoadedPlan } from "@/lib/server/plan/load-plan";

export type PlanChangeParams = { planId: string; input: unknown; today?: string };
/** A change whose input its form's schema has already parsed (the service does not parse it again). */
export type TypedPlanChange<T> = { planId: string; input: T; today?: string };

type Options = {
  /** Who may change the plan; the physio linked to it unless said otherwise. */
  load?: (db: Db, caller: SessionUser, planId: string) => Promise<LoadedPlan>;
  /** A more specific message for some failures; undefined falls back to the fields at fault. */
  explain?: (error: z.ZodError) => AppError | undefined;
  /** What the plan itself must allow (open, not someone else's decision), checked before the input. */
  check?: (plan: LoadedPlan) => void;
};

export async function loadPlanChange<T extends z.ZodType>(
  db: Db,
  caller: SessionUser,
  params: PlanChangeParams,
  schema: T,
  { load = loadPatientPlan, explain, check }: Options = {},
): Promise<{ plan: LoadedPlan; today: string; input: z.output<T> }> {
  const plan = await load(db, caller, params.planId);
  const today = params.today ?? plan.today;
  check?.(plan);
  const parsed = schema.safeParse(params.input);
  if (!parsed.success) throw explain?.(parsed.error) ?? invalidInput(parsed.error);
  return { plan, today, input: parsed.data };
}

/** The same prelude for an input already typed by its form's schema: load, fix "today", check the plan. */
export async function loadTypedPlanChange<T>(
  db: Db,
  caller: SessionUser,
  params: TypedPlanChange<T>,
  { load = loadPatientPlan, check }: Pick<Options, "load" | "check"> = {},
): Promise<{ plan: LoadedPlan; today: string; input: T }> {
  const plan = await load(db, caller, params.planId);
  check?.(plan);
  return { plan, today: params.today ?? plan.today, input: params.input };
}
