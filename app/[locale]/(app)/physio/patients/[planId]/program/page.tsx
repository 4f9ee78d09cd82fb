import { setRequestLocale } from "next-intl/server";
import { ControlSection } from "@/components/physio/control/control-section";
import { PatientFrame } from "@/components/physio/patient/patient-frame";
import { ProgramEditor } from "@/components/physio/program/program-editor";
import { BoneRiskNote } from "@/components/runner/bone-risk-note";
import { CardSection } from "@/components/ui/card-section";
import { card } from "@/components/ui/styles";
import { exerciseLibrary } from "@/lib/engine";
import type { TranslateIn } from "@/lib/i18n/app-config";
import { getDataText } from "@/lib/i18n/server-text";
import {
  changeProgramAction,
  correctIntakeAction,
  dischargeAction,
  endLinkAction,
  endPauseAction,
  overrideAction,
  startPauseAction,
} from "../actions";
import { loadPatientForPage } from "../load-patient";
import { patientSectionMetadata } from "../section-meta";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/patients/[planId]/program">) {
  return patientSectionMetadata((await params).locale, "program");
}

// The exercise program and the clinical controls (phase/level/date, a pause, the intake, discharge).
export default async function PatientProgramPage({ params }: PageProps<"/[locale]/physio/patients/[planId]/program">) {
  const { locale: raw, planId } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const patient = await loadPatientForPage(locale, planId, `/physio/patients/${planId}/program`, []);
  const { t: root, date } = await getDataText();
  const t: TranslateIn<"patient"> = (key, p) => root(`patient.${key}`, p);
  const { state, plan } = patient;
  const discharged = plan.row.dischargedOn;
  const library = exerciseLibrary.map((e) => ({
    id: e.id,
    category: e.category,
    name: e.name[locale],
    muscles: e.muscles,
    phases: e.phases,
    dose: e.dose,
    stageDoses: e.stageDoses,
  }));
  const currentSlot = Math.max(
    0,
    patient.programs.findIndex((p) => p.phase === state.phase),
  );

  return (
    <PatientFrame patient={patient} section="program">
      <BoneRiskNote intake={patient.intake} t={root} textKey="patient.settings.highRiskBone" />
      {discharged ? (
        <p className="text-muted">{t("sections.dischargedReadOnly")}</p>
      ) : (
        // One column: the program editor's dose fields need the width (six to a row on a laptop).
        <div className="space-y-5">
          <CardSection
            className={`${card} min-w-0`}
            titleClassName="mb-3 text-xl font-bold"
            id="program"
            title={t("programTitle")}
          >
            <ProgramEditor
              planId={patient.planId}
              slots={patient.programs}
              initial={currentSlot}
              library={library}
              save={changeProgramAction}
            />
          </CardSection>
          <CardSection
            className={`${card} min-w-0`}
            titleClassName="mb-3 text-xl font-bold"
            id="control"
            title={t("controlTitle")}
          >
            <ControlSection
              patient={patient}
              t={root}
              date={date}
              locale={locale}
              actions={{
                override: overrideAction,
                startPause: startPauseAction,
                endPause: endPauseAction,
                correctIntake: correctIntakeAction,
                discharge: dischargeAction,
                endLink: endLinkAction,
              }}
            />
          </CardSection>
        </div>
      )}
    </PatientFrame>
  );
}
