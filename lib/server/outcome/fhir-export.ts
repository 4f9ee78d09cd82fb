// One plan as a FHIR R4 Bundle (type collection) for the clinic's own record, for the linked physio only:
// Patient, Practitioner, Condition, CarePlan with the phases, Goal, pain and readiness Observations,
// QuestionnaireResponses and the notes as Communications. Only what we hold: the names, the BIG number.
import "server-only";
import type { Bundle, BundleEntry, Patient, Practitioner } from "@medplum/fhirtypes";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { correctedIntake, effectiveTolerance, readinessAttempts, settingsInForce } from "@/lib/engine";
import { findRunnerName } from "@/lib/server/physio/dashboard-queries";
import { listNotes } from "@/lib/server/physio/note-queries";
import { findPhysioProfile } from "@/lib/server/physio/profile-queries";
import { loadPlan, stateOf } from "@/lib/server/plan/load-plan";
import { AppError } from "@/lib/errors";
import { appendAudit } from "@/lib/server/plan/queries";
import {
  BIG_SYSTEM,
  conditionOf,
  entryOf,
  noteCommunication,
  painObservation,
  phaseActivities,
  readinessObservation,
  ref,
  responseResource,
} from "./fhir-resources";
import { listResponses } from "./queries";

export async function exportPlanFhir(db: Db, caller: SessionUser, planId: string, day?: string): Promise<Bundle> {
  // As on the other plan routes: whoever may not see the plan finds none (404); its runner may see it
  // but not export it for a clinic (403).
  const plan = await loadPlan(db, caller, planId);
  if (plan.row.physioId !== caller.id) throw new AppError("FORBIDDEN", "errors.forbidden");
  const today = day ?? plan.today;
  const [runnerName, profile, notes, responses] = await Promise.all([
    findRunnerName(db, plan.row.runnerId),
    findPhysioProfile(db, caller.id),
    listNotes(db, plan.row.id, { physioId: caller.id }),
    listResponses(db, plan.row.id),
  ]);
  const state = stateOf(plan, today);
  const intake = correctedIntake(plan.intake, plan.events, today);
  const settings = settingsInForce(plan.intake, plan.settings, plan.events, today);
  const discharged = plan.row.dischargedOn !== null;

  const patient = entryOf({ resourceType: "Patient", name: [{ text: runnerName ?? "" }] });
  const practitioner = entryOf({
    resourceType: "Practitioner",
    name: [{ text: caller.name }],
    ...(profile ? { identifier: [{ system: BIG_SYSTEM, value: profile.bigNumber }] } : {}),
  });
  const who = { patient: ref<Patient>(patient), practitioner: ref<Practitioner>(practitioner) };
  const condition = entryOf(conditionOf(intake, who.patient, discharged));
  const goal = entryOf({
    resourceType: "Goal",
    lifecycleStatus: state.status === "completed" ? "completed" : "active",
    description: { text: "Running again at the level before the injury" },
    subject: who.patient,
    target: [{ dueDate: state.projection.backToLevelOn }],
    addresses: [ref(condition)],
  });
  const carePlan = entryOf({
    resourceType: "CarePlan",
    status: discharged ? "completed" : "active",
    intent: "plan",
    title: "Return to running",
    subject: who.patient,
    period: { start: intake.startOn, ...(plan.row.dischargedOn ? { end: plan.row.dischargedOn } : {}) },
    author: who.practitioner,
    addresses: [ref(condition)],
    goal: [ref(goal)],
    activity: phaseActivities(state),
  });
  const checkIns = plan.checkIns.filter((c) => c.date <= today);
  const readiness = readinessAttempts({
    checkIns,
    events: plan.events.filter((e) => e.date <= today),
    tolerance: effectiveTolerance(intake, settings),
  });
  const entries: BundleEntry[] = [
    patient,
    practitioner,
    condition,
    carePlan,
    goal,
    ...checkIns.map((c) => entryOf(painObservation(c, who.patient))),
    ...Object.entries(readiness).flatMap(([test, attempts]) =>
      (attempts ?? []).map((a) => entryOf(readinessObservation(test, a, who))),
    ),
    ...responses.map((r) => entryOf(responseResource(r.resource, r.questionnaireId, who.patient), r.id)),
    ...notes.map((n) => entryOf(noteCommunication(n, who), n.id)),
  ];
  await appendAudit(db, { actorId: caller.id, planId: plan.row.id, action: "outcome.fhir_exported", detail: {} });
  return { resourceType: "Bundle", type: "collection", timestamp: new Date().toISOString(), entry: entries };
}
