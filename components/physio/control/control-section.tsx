import { IntakeForm } from "@/components/plan-control/intake-form";
import { BoneDiagnosisForm } from "./bone-diagnosis-form";
import { PausePanel } from "@/components/plan-control/pause-panel";
import { pauseView } from "@/components/plan-control/pause-view";
import {
  BoneSite,
  correctedIntake,
  DIAGNOSIS_CODES,
  diagnosisCodeKey,
  ImagingType,
  InjurySide,
  InjurySite,
  Tissue,
  toDay,
  toIso,
} from "@/lib/engine";
import type { FormAction } from "@/lib/http/action-result";
import type { SchemaFormAction } from "@/lib/http/form-action";
import type { Patient } from "@/lib/server/physio/load-patient-plan";
import { lastPauseDay } from "@/lib/server/plan/pause-plan";
import { DischargeForm } from "./discharge-form";
import { ConfirmStepForm } from "@/components/ui/confirm-step-form";
import { OverrideForm } from "./override-form";
import type { Translate } from "@/lib/i18n/app-config";
import type { DateText } from "@/lib/i18n/formats";

type T = Translate;

/** The physio's server actions for this patient, handed down by the page. */
export type ControlActions = {
  override: SchemaFormAction;
  startPause: SchemaFormAction;
  endPause: SchemaFormAction;
  correctIntake: FormAction;
  discharge: SchemaFormAction;
  endLink: FormAction;
};

// The physio's clinical controls: phase/level/date, a pause, the intake, discharge (each an event with a
// note, an audit row and a line in what the runner sees changed), and ending the link (audited).
export function ControlSection({
  patient,
  t,
  date,
  locale,
  actions,
}: {
  patient: Patient;
  t: T;
  date: DateText;
  locale: string;
  actions: ControlActions;
}) {
  const { state, plan, planId, today } = patient;
  const intake = correctedIntake(plan.intake, plan.events, today);
  const sub = (id: string, title: string) => (
    <h3 id={id} className="mb-2 text-lg font-bold">
      {title}
    </h3>
  );
  return (
    <div className="space-y-6">
      <p className="text-sm text-muted">{t("control.lead")}</p>
      <section aria-labelledby="override-title">
        {sub("override-title", t("control.override.title"))}
        <OverrideForm
          planId={planId}
          phase={state.phase}
          level={state.level?.current ?? null}
          total={state.level?.total ?? null}
          save={actions.override}
        />
      </section>
      <section aria-labelledby="pause-title">
        {sub("pause-title", t("control.pause.title"))}
        <p className="mb-2 text-sm text-muted">{t("control.pause.lead")}</p>
        <PausePanel
          planId={planId}
          pause={pauseView(state.pause, today, date)}
          today={today}
          maxTo={lastPauseDay(today)}
          startAction={actions.startPause}
          endAction={actions.endPause}
          forRunner={false}
        />
      </section>
      <section aria-labelledby="intake-title">
        {sub("intake-title", t("control.intake.title"))}
        <IntakeForm
          planId={planId}
          intake={intake}
          action={actions.correctIntake}
          forRunner={false}
          earliest={toIso(toDay(today) - 730)}
          startText={date(intake.startOn, "dayLong")}
          choices={{
            sites: InjurySite.options,
            tissues: Tissue.options,
            boneSites: BoneSite.options,
            sides: InjurySide.options,
            codes: DIAGNOSIS_CODES.map((code) => ({ code, key: diagnosisCodeKey(code) })),
            imagingTypes: ImagingType.options,
          }}
        />
      </section>
      {intake.tissue === "bone" ? (
        <section aria-labelledby="diagnosis-title">
          {sub("diagnosis-title", t("control.intake.diagnosisTitle"))}
          <BoneDiagnosisForm
            planId={planId}
            diagnosedOn={intake.diagnosedOn}
            lastRun={date(intake.lastRunOn, "dayLong")}
            today={today}
            earliest={toIso(toDay(today) - 730)}
            save={actions.correctIntake}
          />
        </section>
      ) : null}
      <section aria-labelledby="discharge-title">
        {sub("discharge-title", t("control.discharge.title"))}
        <DischargeForm planId={planId} save={actions.discharge} />
      </section>
      <section aria-labelledby="end-link-title">
        {sub("end-link-title", t("control.endLink.title"))}
        <p className="mb-3 text-sm text-muted">{t("control.endLink.lead")}</p>
        <ConfirmStepForm
          action={actions.endLink}
          start={t("control.endLink.start")}
          confirm={t("control.endLink.confirm", { name: patient.name })}
          submit={t("control.endLink.submit")}
          cancel={t("control.endLink.cancel")}
          fields={{ planId, locale }}
        />
      </section>
    </div>
  );
}
