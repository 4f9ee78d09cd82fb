import { notFound, redirect } from "next/navigation";
import { requirePageUser, TWO_STEP_ENROLMENT_PATH } from "@/lib/http/page-guard";
import { needsTwoStepEnrolment } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { getPatient, type Patient, type PatientPart } from "@/lib/server/physio/load-patient-plan";

// Only the linked physio; anyone else (a runner too, even the patient) gets the same 404 as for a
// plan that does not exist. `parts`: the lists the page shows (see getPatient); all by default.
export async function loadPatientForPage(
  locale: string,
  planId: string,
  path: string,
  parts?: readonly PatientPart[],
): Promise<Patient> {
  const physio = await requirePageUser(locale, path);
  if (physio.role !== "physio") notFound();
  if (needsTwoStepEnrolment(physio)) redirect(`/${locale}${TWO_STEP_ENROLMENT_PATH}`);
  try {
    return await getPatient(getDb(), physio, planId, undefined, parts);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
