import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { planMessages, plans } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { listPatients } from "@/lib/server/physio/list-patients";
import { findPlan } from "@/lib/server/plan/queries";
import { MESSAGE_MAX_LENGTH, openThread, sendMessage, unreadOnPlanRow } from "@/lib/server/messaging/messages";
import { createPlan } from "../factories/db";
import { formOf } from "../support/form";
import { runFormAction } from "@/lib/http/form-action";
import { MessageSchema } from "@/lib/forms/schemas/message";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";

const { db } = await createTestDatabase();

async function linkedPair() {
  const runner = await createCaller(db, "runner");
  const physio = await createCaller(db, "physio");
  const plan = await createPlan(db, runner.id, { physioId: physio.id });
  return { runner, physio, planId: plan.id };
}

// Through the message form's schema, as the action sends it (the schema trims the text).
const send = (caller: SessionUser, planId: string, body: string) =>
  sendMessage(db, caller, { planId, input: MessageSchema.parse({ body }) });
const errorOf = async (work: Promise<unknown>) => {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
// The count a page shows beside the thread (from the plan row it loaded), and the dashboard's column.
const unread = async (caller: SessionUser, planId: string) =>
  unreadOnPlanRow(db, caller, (await findPlan(db, planId))!);
const dashboardUnread = async (physio: SessionUser, planId: string) =>
  (await listPatients(db, physio, "2026-10-20")).patients.find((p) => p.planId === planId)?.unreadMessages;
const stored = async (planId: string) =>
  (await db.select().from(planMessages).where(eq(planMessages.planId, planId))).length;

describe("a thread per plan", () => {
  it("runner and linked physio exchange messages, oldest first, each with their own read state", async () => {
    const { runner, physio, planId } = await linkedPair();
    await send(runner, planId, "  Mag ik morgen weer hardlopen?  ");
    await send(physio, planId, "Ja, rustig: 2 x 5 minuten.");
    await send(physio, planId, "En laat je weten hoe het ging?");

    expect(await unread(runner, planId)).toBe(2);
    expect(await unread(physio, planId)).toBe(1);
    expect(await dashboardUnread(physio, planId)).toBe(1);

    const thread = await openThread(db, runner, planId);
    expect(thread.messages.map((m) => [m.mine, m.body])).toEqual([
      [true, "Mag ik morgen weer hardlopen?"],
      [false, "Ja, rustig: 2 x 5 minuten."],
      [false, "En laat je weten hoe het ging?"],
    ]);
    expect(thread).toMatchObject({ hasPhysio: true, canSend: true, otherName: physio.name });
    // Opening marks read for the runner only.
    expect(await unread(runner, planId)).toBe(0);
    expect(await unread(physio, planId)).toBe(1);

    await openThread(db, physio, planId);
    expect(await unread(physio, planId)).toBe(0);
    expect(await dashboardUnread(physio, planId)).toBe(0);
    await send(physio, planId, "Nog één ding.");
    expect(await unread(runner, planId)).toBe(1);
  });

  it("the dashboard counts unread messages per patient", async () => {
    const physio = await createCaller(db, "physio");
    const a = await createCaller(db, "runner");
    const b = await createCaller(db, "runner");
    const planA = (await createPlan(db, a.id, { physioId: physio.id })).id;
    const planB = (await createPlan(db, b.id, { physioId: physio.id })).id;
    await send(a, planA, "Een");
    await send(a, planA, "Twee");
    await send(physio, planB, "Hoe gaat het?");
    const counts = Object.fromEntries(
      (await listPatients(db, physio, "2026-10-20")).patients.map((p) => [p.planId, p.unreadMessages]),
    );
    expect(counts).toEqual({ [planA]: 2, [planB]: 0 });
  });
});

describe("who may read and write", () => {
  it.each([
    ["another runner", () => createCaller(db, "runner")],
    ["an unlinked physio", () => createCaller(db, "physio")],
    ["a physio still pending verification", () => createCaller(db, "physio", { physioStatus: "pending" })],
  ])("%s gets NOT_FOUND and changes nothing", async (_who, make) => {
    const { runner, planId } = await linkedPair();
    await send(runner, planId, "Alleen voor mijn fysio");
    const stranger = await make();
    expect((await errorOf(openThread(db, stranger, planId))).code).toBe("NOT_FOUND");
    expect((await errorOf(send(stranger, planId, "Hallo"))).code).toBe("NOT_FOUND");
    expect((await errorOf(unread(stranger, planId))).code).toBe("NOT_FOUND");
    expect(await stored(planId)).toBe(1);
    expect(await unread(runner, planId)).toBe(0);
  });

  it("a physio whose link ended sees nothing; a physio linked later does not read the earlier thread", async () => {
    const { runner, physio, planId } = await linkedPair();
    await send(physio, planId, "Van de eerste fysio");
    await db.update(plans).set({ physioId: null }).where(eq(plans.id, planId));
    expect((await errorOf(openThread(db, physio, planId))).code).toBe("NOT_FOUND");
    expect((await errorOf(send(physio, planId, "Nog even"))).code).toBe("NOT_FOUND");

    const unlinked = await openThread(db, runner, planId);
    expect(unlinked).toMatchObject({ hasPhysio: false, canSend: false, messages: [] });
    expect((await errorOf(send(runner, planId, "Iemand daar?"))).messageKey).toBe("messages.errors.noPhysio");

    const next = await createCaller(db, "physio");
    await db.update(plans).set({ physioId: next.id }).where(eq(plans.id, planId));
    expect((await openThread(db, next, planId)).messages).toEqual([]);
    expect(await unread(runner, planId)).toBe(0);
  });

  it("an unknown or malformed plan id is NOT_FOUND", async () => {
    const runner = await createCaller(db, "runner");
    for (const id of ["not-a-uuid", "00000000-0000-4000-8000-000000000000", ""]) {
      expect((await errorOf(openThread(db, runner, id))).code).toBe("NOT_FOUND");
    }
  });

  it("a discharged plan is read-only: the thread opens, nothing can be added", async () => {
    const { runner, physio, planId } = await linkedPair();
    await send(runner, planId, "Dank je wel!");
    await db.update(plans).set({ dischargedOn: "2026-10-20" }).where(eq(plans.id, planId));
    expect(await openThread(db, physio, planId)).toMatchObject({
      canSend: false,
      messages: [{ body: "Dank je wel!" }],
    });
    expect((await errorOf(send(physio, planId, "Graag gedaan"))).messageKey).toBe("errors.planDischarged");
    expect(await stored(planId)).toBe(1);
  });
});

describe("bad input", () => {
  // The message form's action frame on the real database: an error on the body, what was typed kept.
  it.each([
    ["empty", "", "messages.errors.empty"],
    ["only spaces", "   \n  ", "messages.errors.empty"],
    ["missing", undefined, "messages.errors.empty"],
    ["one character too long", "x".repeat(MESSAGE_MAX_LENGTH + 1), `messages.errors.tooLong?max=${MESSAGE_MAX_LENGTH}`],
  ])("%s: a clear error on the body field, nothing stored", async (_case, body, key) => {
    const { runner, planId } = await linkedPair();
    const form = formOf(body === undefined ? { planId } : { planId, body });
    const result = await runFormAction(form, MessageSchema, (input) => sendMessage(db, runner, { planId, input }));
    expect(result).toMatchObject({ status: "error", error: { body: [key] } });
    expect(await stored(planId)).toBe(0);
  });

  it("takes exactly the longest message", async () => {
    const { runner, planId } = await linkedPair();
    await send(runner, planId, "é".repeat(MESSAGE_MAX_LENGTH));
    expect(await stored(planId)).toBe(1);
  });
});
