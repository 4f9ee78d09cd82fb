import { setRequestLocale } from "next-intl/server";
import { CheckInHistory } from "@/components/physio/patient/check-in-history";
import { CheckInTable, warningSignName } from "@/components/physio/patient/check-in-table";
import { PatientFrame } from "@/components/physio/patient/patient-frame";
import { TransitionList } from "@/components/physio/patient/patient-summary";
import { readinessLinesOf } from "@/components/physio/patient/readiness-panel";
import { ProgressCharts } from "@/components/runner/progress/progress-charts";
import { buildProgress } from "@/lib/server/plan/progress";
import { CardSection } from "@/components/ui/card-section";
import { effectiveTolerance } from "@/lib/engine";
import type { TranslateIn } from "@/lib/i18n/app-config";
import { getDataText } from "@/lib/i18n/server-text";
import { loadPatientForPage } from "../load-patient";
import { patientSectionMetadata } from "../section-meta";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/patients/[planId]/check-ins">) {
  return patientSectionMetadata((await params).locale, "checkIns");
}

// What the runner reported: the charts, every check-in (with the running tests), the days they
// corrected, and the phases so far.
export default async function PatientCheckInsPage({
  params,
}: PageProps<"/[locale]/physio/patients/[planId]/check-ins">) {
  const { locale: raw, planId } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const patient = await loadPatientForPage(locale, planId, `/physio/patients/${planId}/check-ins`, ["corrections"]);
  const { t: root, date } = await getDataText();
  const t: TranslateIn<"patient"> = (key, p) => root(`patient.${key}`, p);
  const { state, plan } = patient;
  const correctedDates = new Set(patient.corrections.map((d) => d.date));
  const tolerance = effectiveTolerance(patient.intake, patient.settings);

  return (
    <PatientFrame patient={patient} section="checkIns">
      <ProgressCharts progress={buildProgress(patient.plan, patient.today, patient.state)} />
      <CardSection titleClassName="mb-3 text-xl font-bold" id="check-ins" title={t("checkIns.title")}>
        <CheckInTable
          checkIns={plan.checkIns}
          t={t}
          date={date}
          flagName={warningSignName(root)}
          corrected={{ dates: correctedDates, label: root("corrections.correctedMark") }}
          readinessLines={(c) => readinessLinesOf(c, tolerance, root)}
        />
      </CardSection>
      <div className="grid gap-5 lg:grid-cols-2 lg:items-start">
        <CardSection titleClassName="mb-3 text-xl font-bold" id="corrections" title={root("corrections.title")}>
          <CheckInHistory days={patient.corrections} t={root} date={date} />
        </CardSection>
        <CardSection titleClassName="mb-3 text-xl font-bold" id="transitions" title={t("transitions")}>
          <TransitionList phases={state.history.phases} t={t} date={date} />
        </CardSection>
      </div>
    </PatientFrame>
  );
}
