"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { userFormAction, type FormResult } from "@/lib/http/form-action";
import { RunnerClearanceSchema } from "@/lib/forms/schemas/plan-control";
import { recordRunnerClearance } from "@/lib/server/check-in/record-self-clearance";

// A self-guided runner's clearance after a red flag; the service checks the plan is theirs and has no physio.
export async function clearanceAction(_prev: FormResult | undefined, form: FormData): Promise<FormResult> {
  const planId = form instanceof FormData ? String(form.get("planId") ?? "") : "";
  const result = await userFormAction(
    form,
    RunnerClearanceSchema,
    (caller, input) => recordRunnerClearance(getDb(), caller, { planId, input }),
    { role: "runner" },
  );
  if (result.status === "success") revalidatePath("/[locale]/today", "page");
  return result;
}
