"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { todayOf } from "@/lib/http/page-guard";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { runAction, type ActionResult, isForm, notAForm } from "@/lib/http/action-result";
import { AppError } from "@/lib/errors";
import { createInvite, formatInviteCode, revokeInvite, type CreateInviteState } from "@/lib/server/invite/invites";
import { stepErrorsOf } from "@/lib/server/onboarding/steps";
import { trainingDaysOf } from "@/lib/http/form-fields";

const longText = (form: FormData, name: string, max: number) =>
  typeof form.get(name) === "string" ? (form.get(name) as string).slice(0, max) : "";
const text = (form: FormData, name: string) => longText(form, name, 20);

function intakeOf(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const name of [
    "site",
    "tissue",
    "boneSite",
    "restPainBaseline",
    "side",
    "lastRunOn",
    "onsetOn",
    "runsPerWeek",
    "weeklyMinutes",
    "longestRunMinutes",
    "startPhase",
  ])
    if (form.has(name)) values[name] = text(form, name);
  values.trainingDays = trainingDaysOf(form);
  return values;
}

// A new invite; with "fill in the intake" ticked, the answers are checked like onboarding's.
export async function createInviteAction(prev: CreateInviteState, form: FormData): Promise<CreateInviteState> {
  if (!isForm(form)) return prev;
  const nonce = (prev?.nonce ?? 0) + 1;
  const withIntake = form.get("withIntake") === "on";
  const recipient = {
    patientName: longText(form, "patientName", 200),
    email: longText(form, "email", 300),
    mailLocale: text(form, "mailLocale"),
  };
  // Everything typed comes back on a refusal, so nothing has to be typed twice.
  const values = { ...(withIntake ? intakeOf(form) : {}), ...recipient };
  const result = await runAction(async () => {
    const caller = await requireUser("physio");
    try {
      return {
        invite: await createInvite(getDb(), caller, {
          input: { withIntake, intake: withIntake ? values : undefined, ...recipient },
          today: await todayOf(caller),
        }),
      };
    } catch (error) {
      const fieldErrors = stepErrorsOf(error);
      if (fieldErrors) return { fieldErrors };
      throw error;
    }
  });
  if (!result.ok) return { ok: false, error: result.error, values, nonce };
  if ("fieldErrors" in result.data)
    return { ok: false, error: "invite.errors.checkIntake", fieldErrors: result.data.fieldErrors, values, nonce };
  revalidatePath("/[locale]/physio/invites", "page");
  const { code, expiresAt, patientName, emailedTo } = result.data.invite;
  return {
    ok: true,
    code: formatInviteCode(code),
    expiresAt: expiresAt.toISOString(),
    patientName,
    emailedTo,
    nonce,
  };
}

const RevokeInput = z.object({ inviteId: z.uuid() });

export async function revokeInviteAction(_prev: ActionResult | undefined, form: FormData): Promise<ActionResult> {
  if (!isForm(form)) return notAForm;
  const result = await runAction(async () => {
    const caller = await requireUser("physio");
    const parsed = RevokeInput.safeParse({ inviteId: form.get("inviteId") });
    if (!parsed.success) throw new AppError("NOT_FOUND", "invite.errors.notRevocable");
    await revokeInvite(getDb(), caller, parsed.data);
  });
  if (result.ok) revalidatePath("/[locale]/physio/invites", "page");
  return result;
}
