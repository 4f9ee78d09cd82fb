// FHIR R4 resources for one plan, built from plain data: who the patient and physio are, the condition,
// the plan's phases, the goal, the pain scores and readiness tests, the questionnaire responses, the notes.
import "server-only";
import { randomUUID } from "node:crypto";
import type {
  BundleEntry,
  CarePlanActivity,
  Communication,
  Condition,
  Observation,
  Patient,
  Practitioner,
  ObservationComponent,
  QuestionnaireResponse,
  Reference,
  Resource,
} from "@medplum/fhirtypes";
import type { CheckIn, Intake, PlanState, ReadinessAttempt } from "@/lib/engine";

export const LOINC = "http://loinc.org";
export const ICD10 = "http://hl7.org/fhir/sid/icd-10";
/** The Dutch register of health professionals (BIG), as Dutch FHIR profiles name it. */
export const BIG_SYSTEM = "http://fhir.nl/fhir/NamingSystem/big";
const PAIN_CODE = {
  system: LOINC,
  code: "72514-3",
  display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
};
const CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

export type Entry = BundleEntry & { fullUrl: string };
export const entryOf = (resource: NonNullable<BundleEntry["resource"]>, id: string = randomUUID()): Entry => ({
  fullUrl: `urn:uuid:${id}`,
  resource: { ...resource, id },
});
/** A reference to an entry by its fullUrl, typed as whatever the referring element allows. */
export function ref<T extends Resource = Resource>(entry: Entry): Reference<T> {
  return { reference: entry.fullUrl };
}

export function conditionOf(intake: Intake, patient: Reference<Patient>, discharged: boolean): Condition {
  const code = intake.diagnosis?.code;
  const side = intake.side && intake.side !== "not_applicable" ? `, ${intake.side}` : "";
  return {
    resourceType: "Condition",
    clinicalStatus: {
      coding: [
        {
          system: "http://terminology.hl7.org/CodeSystem/condition-clinical",
          code: discharged ? "inactive" : "active",
        },
      ],
    },
    code: {
      ...(code ? { coding: [{ system: ICD10, code }] } : {}),
      text: intake.diagnosis?.text || `${intake.site} (${intake.tissue})`,
    },
    bodySite: [{ text: `${intake.site}${side}` }],
    subject: patient,
    ...(intake.onsetOn ? { onsetDateTime: intake.onsetOn } : {}),
    recordedDate: intake.startOn,
  };
}

/** The four phases as the replay lived them: done, under way, or still ahead. */
export function phaseActivities(state: PlanState): CarePlanActivity[] {
  const phases = state.history.phases;
  return [1, 2, 3, 4].map((phase) => {
    const index = phases.findIndex((p) => p.phase === phase);
    const started = phases[index];
    const next = phases[index + 1];
    const status = !started ? "not-started" : next || state.status === "completed" ? "completed" : "in-progress";
    return {
      detail: {
        code: { text: `Phase ${phase}` },
        status,
        ...(started ? { scheduledPeriod: { start: started.startedOn, ...(next ? { end: next.startedOn } : {}) } } : {}),
      },
    };
  });
}

const MOMENTS = [
  ["painRest", "at rest"],
  ["painMorning", "in the morning"],
  ["painDuring", "during the session"],
  ["painAfter", "after the session"],
] as const;

/** One pain Observation per check-in: the day's highest score, each moment asked as a component. */
export function painObservation(checkIn: CheckIn, patient: Reference<Patient>): Observation {
  const component: ObservationComponent[] = MOMENTS.flatMap(([field, text]) => {
    const value = checkIn[field];
    return typeof value === "number"
      ? [{ code: { coding: [PAIN_CODE], text: `Pain ${text}` }, valueInteger: value }]
      : [];
  });
  return {
    resourceType: "Observation",
    status: "final",
    category: [{ coding: [{ system: CATEGORY, code: "survey" }] }],
    code: { coding: [PAIN_CODE], text: "Pain (0-10), highest of the day" },
    subject: patient,
    effectiveDateTime: checkIn.date,
    valueInteger: Math.max(...component.map((c) => c.valueInteger ?? 0)),
    component,
  };
}

export function readinessObservation(
  test: string,
  attempt: ReadinessAttempt,
  who: { patient: Reference<Patient>; practitioner: Reference<Practitioner> },
): Observation {
  const numbers = (["left", "right", "minutes", "count", "seconds", "lsi", "pain"] as const).flatMap((field) =>
    attempt[field] === null ? [] : [{ code: { text: field }, valueQuantity: { value: attempt[field] as number } }],
  );
  return {
    resourceType: "Observation",
    status: "final",
    category: [{ coding: [{ system: CATEGORY, code: "exam" }] }],
    code: { text: `Readiness test: ${test}` },
    subject: who.patient,
    performer: [attempt.source === "clinic" ? who.practitioner : who.patient],
    effectiveDateTime: attempt.on,
    valueBoolean: attempt.passed,
    component: numbers,
  };
}

export function responseResource(
  stored: unknown,
  questionnaireId: string,
  patient: Reference<Patient>,
): QuestionnaireResponse {
  const response = stored as QuestionnaireResponse;
  const canonical = response.questionnaire?.includes(":") ? response.questionnaire : `urn:uuid:${questionnaireId}`;
  return { ...response, questionnaire: canonical, subject: patient };
}

export function noteCommunication(
  note: { body: string; visibility: "patient" | "file"; createdAt: Date },
  who: { patient: Reference<Patient>; practitioner: Reference<Practitioner> },
): Communication {
  return {
    resourceType: "Communication",
    status: "completed",
    category: [{ text: note.visibility === "file" ? "Physiotherapist's file note" : "Note to the patient" }],
    subject: who.patient,
    ...(note.visibility === "file" ? { sender: who.practitioner } : { recipient: [who.patient] }),
    sent: note.createdAt.toISOString(),
    payload: [{ contentString: note.body }],
  };
}
