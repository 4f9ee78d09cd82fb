"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { runAction, type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { invalidInput } from "@/lib/validation/invalid-input";
import { createCalendarToken, revokeCalendarToken, type CalendarLinkChange } from "@/lib/server/calendar/token";

const Input = z.object({ planId: z.string().min(1).max(100), intent: z.enum(["create", "revoke"]) });

// Create, replace or revoke the private subscription link; the service checks the caller owns the plan.
export async function calendarLinkAction(form: FormData): Promise<ActionResult<CalendarLinkChange>> {
  if (!isForm(form)) return notAForm;
  return runAction(async () => {
    const caller = await requireUser();
    const parsed = Input.safeParse({ planId: form.get("planId"), intent: form.get("intent") });
    if (!parsed.success) throw invalidInput(parsed.error);
    const { planId, intent } = parsed.data;
    if (intent === "revoke") {
      await revokeCalendarToken(getDb(), caller, planId);
      return { token: null, change: "revoked" as const };
    }
    const { token, replaced } = await createCalendarToken(getDb(), caller, planId);
    return { token, change: replaced ? ("rotated" as const) : ("created" as const) };
  });
}
