import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import type { TranslateIn } from "@/lib/i18n/app-config";
import type { Patient } from "@/lib/server/physio/load-patient-plan";
import { unreadOnPlanRow } from "@/lib/server/messaging/messages";
import { buttonLink, textLink } from "@/components/ui/styles";
import { PatientHeader } from "./patient-summary";

/** The sections of the patient page, each its own URL under /physio/patients/[planId]. */
export const PATIENT_SECTIONS = ["overview", "program", "checkIns", "notes", "settings"] as const;
export type PatientSection = (typeof PATIENT_SECTIONS)[number];
const sectionPath: Record<PatientSection, string> = {
  overview: "",
  program: "/program",
  checkIns: "/check-ins",
  notes: "/notes",
  settings: "/settings",
};
export const patientSectionHref = (planId: string, section: PatientSection) =>
  `/physio/patients/${planId}${sectionPath[section]}`;

// What every section of the patient page shares: the way back, the thread and the printouts, the header
// (name, injury, phase, status) and the section tabs. The page that renders it has loaded the patient
// (and so checked the caller); the unread count reuses that plan row.
export async function PatientFrame({
  patient,
  section,
  children,
}: {
  patient: Patient;
  section: PatientSection;
  children: ReactNode;
}) {
  const [{ t: root, date }, unread] = await Promise.all([
    getDataText(),
    unreadOnPlanRow(getDb(), await requireUser("physio"), patient.plan.row),
  ]);
  const t: TranslateIn<"patient"> = (key, p) => root(`patient.${key}`, p);
  const { plan } = patient;
  const discharged = plan.row.dischargedOn;
  return (
    <div className="space-y-3 pt-4">
      <nav aria-label={t("breadcrumb")} className="flex flex-wrap items-center justify-between gap-2">
        <Link href="/physio" className={textLink}>
          {t("back")}
        </Link>
        <span className="flex flex-wrap gap-2">
          <Link href={`/messages/${patient.planId}`} className={buttonLink}>
            {root("messages.openThread")}
            {unread > 0 ? (
              <span className="ml-2 rounded-full bg-sky-700 px-2 text-sm text-white">
                {root("messages.unread", { count: unread })}
              </span>
            ) : null}
          </Link>
          <Link href={`/physio/patients/${patient.planId}/handout`} className={buttonLink}>
            {root("program.handout.link")}
          </Link>
          <Link href={`/physio/patients/${patient.planId}/print`} className={buttonLink}>
            {t("printable")}
          </Link>
        </span>
      </nav>
      <PatientHeader
        patient={patient}
        t={t}
        siteName={root(`onboarding.injury.sites.${patient.intake.site}`)}
        tissueName={root(`onboarding.injury.tissues.${patient.intake.tissue}.label`)}
      />
      {discharged ? (
        <p role="status" className="rounded-lg bg-slate-100 p-3 font-semibold">
          {root("control.discharge.archived", { date: date(discharged, "dayLong") })}
        </p>
      ) : null}
      {/* Tabs as links: each section is a page of its own (Back works, a link can point at one); they wrap
          on a phone instead of scrolling sideways. */}
      <nav aria-label={t("sections.label")}>
        <ul className="flex flex-wrap gap-2 border-b border-slate-200 pb-2">
          {PATIENT_SECTIONS.map((s) => (
            <li key={s}>
              <Link
                href={patientSectionHref(patient.planId, s)}
                aria-current={s === section ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-lg px-3 font-semibold focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 ${
                  s === section
                    ? "bg-brand-700 text-white"
                    : "border border-slate-300 bg-white text-brand-900 hover:bg-brand-50"
                }`}
              >
                {t(`sections.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
