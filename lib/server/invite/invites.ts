// A physio's invitations: a single-use code that expires after 7 days, optionally with the runner's
// intake filled in by the physio (validated exactly like onboarding). Accepting is in accept-invite.ts.
import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { assertVerifiedPhysio } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import {
  deleteOpenInvite,
  findInviteByCode,
  findUserName,
  insertInvite,
  listInvitesOfPhysio,
  type InviteRow,
} from "@/lib/server/invite/queries";
import { findPlan } from "@/lib/server/plan/queries";
import { enqueue, NOTIFY_QUEUE } from "@/lib/jobs/queues";
import { hitRateLimit, rateLimitKey } from "@/lib/security/rate-limit";
import { isUniqueViolation } from "@/lib/db/pg-errors";
import { AppError } from "@/lib/errors";
import { findCurrentPlanId } from "../plan/load-plan";
import {
  fieldErrorsOf,
  parseStoredAnswers,
  stepSchema,
  REVIEW_STEP,
  stepErrorsOf,
  type Answers,
  type FieldErrors,
} from "../onboarding/steps";
import { toLocale } from "@/lib/i18n/routing";

export const INVITE_DAYS = 7;
// No 0/O, 1/I/L: a code read aloud or typed from paper cannot be mistaken. 12 of 31 symbols is
// 59 bits: with guesses limited per address (INVITE_LIMITS), nobody finds an open code by trying.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 12;

function generateInviteCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** "abcd-efgh-jkmn", "ABCD EFGH JKMN" and "abcdefghjkmn" are one code; anything else is not a code. */
export function normalizeInviteCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : undefined;
}

export function formatInviteCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

export type InviteStatus = "open" | "used" | "expired";

export function inviteStatus(invite: Pick<InviteRow, "usedAt" | "expiresAt">, now: Date): InviteStatus {
  if (invite.usedAt) return "used";
  return invite.expiresAt.getTime() <= now.getTime() ? "expired" : "open";
}

// The physio's intake answers, step by step as in onboarding, with every field's message at once.
function parseInviteIntake(input: Record<string, unknown>, today: string): Answers {
  const answers: Answers = {};
  const fieldErrors: FieldErrors = {};
  for (let step = 0; step < REVIEW_STEP; step++) {
    const parsed = stepSchema(step, today)!.safeParse(input);
    if (parsed.success) Object.assign(answers, parsed.data);
    else Object.assign(fieldErrors, fieldErrorsOf(parsed.error));
  }
  if (Object.keys(fieldErrors).length > 0)
    throw new AppError("INVALID_INPUT", "invite.errors.checkIntake", { fields: Object.keys(fieldErrors), fieldErrors });
  return answers;
}

// The phase the physio starts the patient in: after an assessment a runner may already
// walk pain-free (phase 2) or be ready for strength work (phase 3). Phase 1 is the default.
const StartPhase = z.object({ startPhase: z.coerce.number().pipe(z.int().min(1).max(4)) });

export function startPhaseOf(input: unknown): { startPhase?: number } {
  const parsed = StartPhase.safeParse(input);
  return parsed.success && parsed.data.startPhase > 1 ? { startPhase: parsed.data.startPhase } : {};
}

const CreateInviteInput = z.object({
  withIntake: z.boolean(),
  intake: z.record(z.string(), z.unknown()).optional(),
  patientName: z.string().optional(),
  email: z.string().optional(),
  mailLocale: z.string().optional(),
});

export type CreatedInvite = {
  id: string;
  code: string;
  expiresAt: Date;
  patientName: string | null;
  /** Queued for sending to this address (the mail job sends it). */
  emailedTo: string | null;
};

const CONTROL = /[\u0000-\u001f\u007f]/;
const PatientName = z
  .string()
  .trim()
  .max(100)
  .refine((v) => !CONTROL.test(v));
const InviteEmail = z.string().trim().max(254).pipe(z.email());
/** Invite emails a physio may send in an hour: enough for a busy clinic day, too few to spam with. */
export const INVITE_MAIL_LIMIT = { max: 20, windowSeconds: 3600 };

// The patient's name and the address to email the invite to, each with its own message; both optional.
function parseRecipient(input: z.infer<typeof CreateInviteInput>, fallbackLocale: string) {
  const fieldErrors: FieldErrors = {};
  const name = PatientName.safeParse(input.patientName ?? "");
  if (!name.success) fieldErrors.patientName = { key: "invite.errors.patientName" };
  const rawEmail = (input.email ?? "").trim();
  const email = rawEmail === "" ? undefined : InviteEmail.safeParse(rawEmail);
  if (email && !email.success) fieldErrors.email = { key: "invite.errors.email" };
  const locale = input.mailLocale === "nl" || input.mailLocale === "en" ? input.mailLocale : fallbackLocale;
  return {
    fieldErrors,
    patientName: name.success && name.data !== "" ? name.data : null,
    email: email?.success ? email.data : null,
    locale: toLocale(locale),
  };
}

export async function createInvite(
  db: Db,
  caller: SessionUser,
  params: { input: unknown; today: string; now?: Date },
): Promise<CreatedInvite> {
  if (caller.role !== "physio") throw new AppError("FORBIDDEN", "invite.errors.physiosOnly");
  // Until an operator checked the registration, nobody can be invited (see lib/scripts/admin.ts).
  assertVerifiedPhysio(caller, "invite.errors.notVerified");
  const parsed = CreateInviteInput.safeParse(params.input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "errors.invalidInput");
  const recipient = parseRecipient(parsed.data, caller.locale ?? "en");
  // Every field's message at once: the intake's and the recipient's.
  let intake: Record<string, unknown> | null = null;
  let intakeErrors: FieldErrors = {};
  try {
    intake = parsed.data.withIntake
      ? { ...parseInviteIntake(parsed.data.intake ?? {}, params.today), ...startPhaseOf(parsed.data.intake ?? {}) }
      : null;
  } catch (error) {
    intakeErrors = stepErrorsOf(error) ?? {};
    if (Object.keys(intakeErrors).length === 0) throw error;
  }
  const fieldErrors = { ...intakeErrors, ...recipient.fieldErrors };
  if (Object.keys(fieldErrors).length > 0)
    throw new AppError(
      "INVALID_INPUT",
      Object.keys(intakeErrors).length > 0 ? "invite.errors.checkIntake" : "invite.errors.checkFields",
      { fields: Object.keys(fieldErrors), fieldErrors },
    );
  const now = params.now ?? new Date();
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 24 * 60 * 60 * 1000);
  // Counted before anything is made: a refused send makes no invite either, so nothing half-done stays.
  if (recipient.email) {
    const hit = await hitRateLimit(db, rateLimitKey("invite-mail", caller.id), INVITE_MAIL_LIMIT, now);
    if (!hit.allowed) throw new AppError("TOO_MANY_REQUESTS", "invite.errors.mailLimit", { field: "email" });
  }
  // 31^12 codes: a clash is rare, but the unique index decides; try again on one.
  for (let attempt = 0; ; attempt++) {
    try {
      // The invite and its mail job commit together: no invite claims an email that never goes out.
      return await db.transaction(async (tx) => {
        const row = await insertInvite(tx, {
          physioId: caller.id,
          code: generateInviteCode(),
          intake,
          patientName: recipient.patientName,
          ...(recipient.email ? { emailTo: recipient.email, emailLocale: recipient.locale, emailedAt: now } : {}),
          expiresAt,
          createdAt: now,
        });
        // The job holds ids only; the worker reads the address and language from the invite.
        if (recipient.email)
          await enqueue(tx, NOTIFY_QUEUE, { userId: caller.id, kind: "invite", inviteId: row.id }, { tx });
        return {
          id: row.id,
          code: row.code,
          expiresAt: row.expiresAt,
          patientName: row.patientName,
          emailedTo: recipient.email,
        };
      });
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

export type InviteListItem = {
  id: string;
  code: string;
  status: InviteStatus;
  hasIntake: boolean;
  patientName: string | null;
  /** When the invite was emailed from the app (not to whom: the list shows no addresses). */
  emailedAt: Date | null;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  usedByName: string | null;
};

export async function listInvites(db: Db, caller: SessionUser, now: Date = new Date()): Promise<InviteListItem[]> {
  if (caller.role !== "physio") throw new AppError("FORBIDDEN", "invite.errors.physiosOnly");
  assertVerifiedPhysio(caller, "invite.errors.notVerified");
  const rows = await listInvitesOfPhysio(db, caller.id);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    status: inviteStatus(r, now),
    hasIntake: r.intake !== null,
    patientName: r.patientName,
    emailedAt: r.emailedAt,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    usedAt: r.usedAt,
    usedByName: r.usedByName,
  }));
}

export async function revokeInvite(db: Db, caller: SessionUser, params: { inviteId: string }): Promise<void> {
  if (caller.role !== "physio") throw new AppError("FORBIDDEN", "invite.errors.physiosOnly");
  assertVerifiedPhysio(caller, "invite.errors.notVerified");
  if (!z.uuid().safeParse(params.inviteId).success) throw new AppError("NOT_FOUND", "invite.errors.notFound");
  const deleted = await deleteOpenInvite(db, { id: params.inviteId, physioId: caller.id });
  if (!deleted) throw new AppError("NOT_FOUND", "invite.errors.notRevocable");
}

// What the invite page shows: never an error for a bad code, a status to explain instead.
export type InvitePreview =
  | { status: "invalid" }
  | { status: "notFound" }
  | {
      status: InviteStatus;
      code: string;
      physioName: string;
      // Every invite found is from a verified physio (findInviteByCode): their practice goes with it.
      physioPractice: string;
      /** The name the physio wrote for the patient, if any. */
      patientName: string | null;
      expiresAt: Date;
      hasIntake: boolean;
      // For a signed-in runner: what accepting would do.
      viewer?: { hasPlan: boolean; linkedHere: boolean; currentPhysioName: string | null; usedByViewer: boolean };
    };

export async function previewInvite(
  db: Db,
  caller: SessionUser | undefined,
  rawCode: string,
  now: Date = new Date(),
): Promise<InvitePreview> {
  const code = normalizeInviteCode(rawCode);
  if (!code) return { status: "invalid" };
  const invite = await findInviteByCode(db, code);
  if (!invite) return { status: "notFound" };
  const base = {
    status: inviteStatus(invite, now),
    code,
    physioName: invite.physioName,
    physioPractice: invite.physioPractice,
    patientName: invite.patientName,
    expiresAt: invite.expiresAt,
    hasIntake: invite.intake !== null && Object.keys(parseStoredAnswers(invite.intake)).length > 0,
  };
  if (!caller || caller.role !== "runner") return base;
  const planId = await findCurrentPlanId(db, caller.id);
  const plan = planId ? await findPlan(db, planId) : undefined;
  const currentPhysioName = plan?.physioId ? ((await findUserName(db, plan.physioId)) ?? null) : null;
  return {
    ...base,
    viewer: {
      hasPlan: Boolean(plan),
      linkedHere: plan?.physioId === invite.physioId,
      currentPhysioName,
      usedByViewer: invite.usedBy === caller.id,
    },
  };
}

/** What the invite form shows after a try: the new code, or what to fix with what was typed. */
export type CreateInviteState =
  | {
      ok: true;
      code: string;
      expiresAt: string;
      patientName: string | null;
      emailedTo: string | null;
      nonce: number;
    }
  | { ok: false; error: string; fieldErrors?: FieldErrors; values?: Record<string, string | string[]>; nonce: number }
  | undefined;
