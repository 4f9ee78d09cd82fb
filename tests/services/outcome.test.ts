import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { auditLog, questionnaireAssignments, questionnaireResponses, questionnaires } from "@/lib/db/schema";
import { exportAccount } from "@/lib/server/account/export-account";
import { assignQuestionnaire } from "@/lib/server/outcome/assign-questionnaire";
import { importQuestionnaire } from "@/lib/server/outcome/import-questionnaire";
import { listOutcomes } from "@/lib/server/outcome/list-outcomes";
import { recordResponse } from "@/lib/server/outcome/record-response";
import { madeUpQuestionnaire, madeUpResponse, madeUpScoring } from "../fixtures/made-up-questionnaire";
import { createTendonPatient } from "../factories/patient-plan";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { rejection } from "../support/rejection";

const TODAY = "2026-11-21";
const { db } = await createTestDatabase();

let physio: SessionUser;
let runner: SessionUser;
let planId: string;
let strangerRunner: SessionUser;
let otherPhysio: SessionUser;

const schedule = { atIntake: true, everyNWeeks: 4 };
const importInput = () => ({ questionnaire: madeUpQuestionnaire(), scoring: madeUpScoring() });
const count = async (table: typeof questionnaires | typeof questionnaireAssignments | typeof questionnaireResponses) =>
  (await db.select().from(table)).length;

beforeAll(async () => {
  ({ physio, runner, planId } = await createTendonPatient(db, TODAY));
  strangerRunner = (await createTendonPatient(db, TODAY)).runner;
  otherPhysio = await createCaller(db, "physio");
});

describe("importQuestionnaire", () => {
  it("stores a verified physio's questionnaire with its scoring, owned by them, and logs it", async () => {
    const { id, title } = await importQuestionnaire(db, physio, importInput());
    expect(title).toBe("Made-up Leg Scale");
    const [row] = await db.select().from(questionnaires).where(eq(questionnaires.id, id));
    expect(row).toMatchObject({ ownerId: physio.id, shippedKey: null, scoring: { reverse: ["b2"], rescale: true } });
    const audit = await db.select().from(auditLog).where(eq(auditLog.actorId, physio.id));
    expect(audit.map((a) => a.action)).toContain("questionnaire.imported");
  });

  it("refuses a broken import with every problem, storing nothing", async () => {
    const before = await count(questionnaires);
    const input = importInput();
    input.scoring.items.push("b3");
    const error = await rejection(importQuestionnaire(db, physio, input));
    expect(error).toMatchObject({ code: "INVALID_INPUT", messageKey: "errors.questionnaireInvalid" });
    expect(error.details?.problems).toEqual([
      { path: "scoring.items[5]", key: "scoring.itemNotNumeric", params: { linkId: "b3" } },
    ]);
    expect(await count(questionnaires)).toBe(before);
  });

  it.each([
    ["a runner", () => runner],
    ["a physio not yet approved", () => createCaller(db, "physio", { physioStatus: "pending" })],
  ])("refuses %s", async (_label, who) => {
    const error = await rejection(importQuestionnaire(db, await who(), importInput()));
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("assignQuestionnaire", () => {
  it("lets the linked physio assign a shipped questionnaire and their own import, with a gate", async () => {
    const shipped = await assignQuestionnaire(db, physio, { planId, input: { shipped: "psfs", schedule } });
    expect(shipped.schedule).toEqual({ atIntake: true, everyNWeeks: 4, atPhaseChange: false, atDischarge: false });
    const { id } = await importQuestionnaire(db, physio, importInput());
    const own = await assignQuestionnaire(db, physio, {
      planId,
      input: { questionnaireId: id, schedule: { atPhaseChange: true }, gate: { phase: 4, score: 80 } },
    });
    expect(own).toMatchObject({ gatePhase: 4, gateScore: 80, assignedBy: physio.id });
    // Assigning again replaces the schedule and gate, still one row.
    await assignQuestionnaire(db, physio, { planId, input: { questionnaireId: id, schedule: { atDischarge: true } } });
    const rows = await db
      .select()
      .from(questionnaireAssignments)
      .where(eq(questionnaireAssignments.questionnaireId, id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ gatePhase: null, schedule: { atDischarge: true } });
  });

  it("refuses an empty schedule, a gate off the scale, and another physio's questionnaire", async () => {
    const empty = await rejection(
      assignQuestionnaire(db, physio, { planId, input: { shipped: "nprs", schedule: {} } }),
    );
    expect(empty.code).toBe("INVALID_INPUT");
    const gate = { phase: 3, score: 11 };
    const off = await rejection(
      assignQuestionnaire(db, physio, { planId, input: { shipped: "nprs", schedule, gate } }),
    );
    expect(off).toMatchObject({ code: "INVALID_INPUT", messageKey: "errors.gateOutOfRange" });
    const theirs = await importQuestionnaire(db, otherPhysio, importInput());
    const input = { questionnaireId: theirs.id, schedule };
    expect((await rejection(assignQuestionnaire(db, physio, { planId, input }))).code).toBe("NOT_FOUND");
  });

  it("refuses the runner (forbidden) and an unlinked physio (not found), changing nothing", async () => {
    const before = await count(questionnaireAssignments);
    const input = { shipped: "nprs", schedule };
    expect((await rejection(assignQuestionnaire(db, runner, { planId, input }))).code).toBe("FORBIDDEN");
    expect((await rejection(assignQuestionnaire(db, otherPhysio, { planId, input }))).code).toBe("NOT_FOUND");
    expect(await count(questionnaireAssignments)).toBe(before);
  });
});

describe("recordResponse and listOutcomes", () => {
  let psfsId: string;
  const psfsAnswers = (score: number) =>
    madeUpResponse({ "activity-1-name": "Running uphill", "activity-1-score": score });

  beforeAll(async () => {
    psfsId = (await assignQuestionnaire(db, physio, { planId, input: { shipped: "psfs", schedule } })).questionnaireId;
  });

  it("stores the runner's answers with the score, the first as the baseline of the next", async () => {
    const first = await recordResponse(db, runner, {
      planId,
      questionnaireId: psfsId,
      response: psfsAnswers(3),
      day: "2026-11-19",
    });
    expect(first.score).toMatchObject({ total: 3, change: null });
    const second = await recordResponse(db, runner, {
      planId,
      questionnaireId: psfsId,
      response: psfsAnswers(6),
      day: TODAY,
    });
    expect(second.score.change).toMatchObject({ baseline: 3, change: 3, passesMcid: true });
    const [row] = await db.select().from(questionnaireResponses).where(eq(questionnaireResponses.id, second.id));
    expect(row).toMatchObject({ total: 6, completeness: 0.33, answeredOn: TODAY });
    expect(row!.resource).toMatchObject({
      resourceType: "QuestionnaireResponse",
      questionnaire: "urn:comeback:questionnaire:psfs",
    });
  });

  it("shows the runner and the linked physio the series with its scale, MCID, changes and when it is due", async () => {
    for (const caller of [runner, physio]) {
      const series = (await listOutcomes(db, caller, planId, TODAY)).find((s) => s.questionnaireId === psfsId)!;
      // Answered today; every 4 weeks from the start (19 November) next owes one on 17 December.
      expect(series.due).toEqual({ due: false });
      const later = (await listOutcomes(db, caller, planId, "2026-12-17")).find((s) => s.questionnaireId === psfsId)!;
      expect(later.due).toEqual({ due: true, since: "2026-12-17", moment: "weeks" });
      expect(series).toMatchObject({
        shippedKey: "psfs",
        direction: "higher_is_better",
        mcid: 2,
        scale: { min: 0, max: 10 },
      });
      expect(series.points.map((p) => [p.answeredOn, p.total, p.change?.passesMcid ?? null])).toEqual([
        ["2026-11-19", 3, null],
        [TODAY, 6, true],
      ]);
    }
  });

  it("refuses answers that do not fit the questionnaire, with the problems, storing nothing", async () => {
    const before = await count(questionnaireResponses);
    const response = madeUpResponse({ "activity-1-name": "Running", "activity-1-score": 12 });
    const error = await rejection(recordResponse(db, runner, { planId, questionnaireId: psfsId, response }));
    expect(error).toMatchObject({ code: "INVALID_INPUT", messageKey: "errors.responseInvalid" });
    expect(error.details?.problems).toContainEqual({ path: "activity-1-score", key: "response.valueOutOfRange" });
    expect(await count(questionnaireResponses)).toBe(before);
  });

  it("refuses a control character in an answer or an imported questionnaire (jsonb holds no NUL)", async () => {
    const response = madeUpResponse({ "activity-1-name": "Run\u0000ning", "activity-1-score": 4 });
    const error = await rejection(recordResponse(db, runner, { planId, questionnaireId: psfsId, response }));
    expect(error).toMatchObject({ code: "INVALID_INPUT", messageKey: "errors.controlCharacter" });
    const input = importInput();
    input.questionnaire.title = "Made-up\u0007";
    expect((await rejection(importQuestionnaire(db, physio, input))).messageKey).toBe("errors.controlCharacter");
  });

  it("refuses a questionnaire not assigned to the plan", async () => {
    const { id } = await importQuestionnaire(db, physio, importInput());
    const response = madeUpResponse({ a1: { code: "a" } });
    const error = await rejection(recordResponse(db, runner, { planId, questionnaireId: id, response }));
    expect(error).toMatchObject({ code: "NOT_FOUND", messageKey: "errors.questionnaireNotFound" });
  });

  it("refuses the physio (forbidden), another runner and an unlinked physio (not found), storing nothing", async () => {
    const before = await count(questionnaireResponses);
    const params = { planId, questionnaireId: psfsId, response: psfsAnswers(5) };
    expect((await rejection(recordResponse(db, physio, params))).code).toBe("FORBIDDEN");
    expect((await rejection(recordResponse(db, strangerRunner, params))).code).toBe("NOT_FOUND");
    expect((await rejection(recordResponse(db, otherPhysio, params))).code).toBe("NOT_FOUND");
    expect(await count(questionnaireResponses)).toBe(before);
  });

  it("puts the responses in the runner's own data export", async () => {
    const exported = await exportAccount(db, runner, new Date("2026-11-21T12:00:00Z"));
    const responses = exported.plans[0]!.questionnaireResponses;
    expect(responses.map((r) => [r.questionnaire, r.answeredOn, r.total])).toEqual([
      ["Your hard activities", "2026-11-19", 3],
      ["Your hard activities", TODAY, 6],
    ]);
  });

  it("shows no scores to another runner or an unlinked physio", async () => {
    expect((await rejection(listOutcomes(db, strangerRunner, planId))).code).toBe("NOT_FOUND");
    expect((await rejection(listOutcomes(db, otherPhysio, planId))).code).toBe("NOT_FOUND");
  });
});
