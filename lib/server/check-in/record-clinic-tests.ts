// The physio records readiness tests measured in the practice (phase 3): they count like the runner's own
// and are marked as measured in the practice wherever they are shown.
import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { ReadinessTests, type PlanState } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { Note } from "../plan/change-plan-settings";
import { stateOf } from "../plan/load-plan";
import { loadPlanChange, type PlanChangeParams } from "../plan/plan-change-input";
import { recordPlanEvent } from "../plan/record-plan-event";

const ClinicTestsInput = z.object({
  tests: ReadinessTests.refine((t) => Object.values(t).some((v) => v !== undefined), {
    message: "Record at least one test",
  }),
  note: Note.optional(),
});

export async function recordClinicTests(db: Db, caller: SessionUser, params: PlanChangeParams): Promise<PlanState> {
  const { plan, today, input } = await loadPlanChange(db, caller, params, ClinicTestsInput);
  // The running tests belong to phase 3 (Goom et al. 2016); anywhere else the engine would ignore them.
  if (stateOf(plan, today).phase !== 3) throw new AppError("CONFLICT", "patient.errors.notPhase3");
  const tested = Object.keys(input.tests);
  return recordPlanEvent(
    db,
    caller,
    plan,
    {
      kind: "clinic_tests",
      date: today,
      by: "physio",
      tests: input.tests,
      ...(input.note ? { note: input.note } : {}),
    },
    { tests: tested },
    today,
  );
}
