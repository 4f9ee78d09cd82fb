// The frame of every server action that changes one plan: the caller of the given role (checked here,
// whatever the page showed), the plan id from the form, errors mapped to the form, and on success the
// pages of that role revalidated. The service itself checks the caller may change this plan.
import { revalidatePath } from "next/cache";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/db/schema";
import type { z } from "zod";
import { runAction, type ActionResult } from "./action-result";
import { userFormAction, type FormResult } from "./form-action";
import { text } from "./form-fields";

const revalidated: Record<Role, string> = { physio: "/[locale]/physio", runner: "/[locale]" };

export async function planAction(
  role: Role,
  form: FormData,
  work: (caller: SessionUser, planId: string) => Promise<unknown>,
): Promise<ActionResult> {
  const result = await runAction(async () => {
    const caller = await requireUser(role);
    // The plan's day is the runner's (the loader works it out from the runner's time zone).
    await work(caller, text(form, "planId"));
  });
  if (result.ok) revalidatePath(revalidated[role], "layout");
  return result;
}

/** The same frame for a form with its own schema: the caller checked first, then the typed value to `work`. */
export async function planFormAction<S extends z.ZodType>(
  role: Role,
  form: unknown,
  schema: S,
  work: (caller: SessionUser, planId: string, value: z.output<S>) => Promise<unknown>,
  options: { resetForm?: boolean } = {},
): Promise<FormResult> {
  const planId = form instanceof FormData ? String(form.get("planId") ?? "") : "";
  const result = await userFormAction(form, schema, (caller, value) => work(caller, planId, value), {
    ...options,
    role,
  });
  if (result.status === "success") revalidatePath(revalidated[role], "layout");
  return result;
}
