import { setRequestLocale } from "next-intl/server";
import { ClinicalRecord } from "@/components/physio/patient/clinical-record";
import { AdherenceTable } from "@/components/physio/patient/adherence-table";
import { PhysioClearanceForm } from "@/components/physio/patient/clearance-form";
import { ClinicTestsForm } from "@/components/physio/patient/clinic-tests-form";
import { DecisionForm } from "@/components/physio/patient/decision-form";
import { GateSummary } from "@/components/physio/patient/gate-summary";
import { PatientFrame } from "@/components/physio/patient/patient-frame";
import { PatientAlerts, ProjectionSummary } from "@/components/physio/patient/patient-summary";
import { ReadinessPanel } from "@/components/physio/patient/readiness-panel";
import { ReopenForm } from "@/components/physio/patient/reopen-form";
import { BoneRiskNote } from "@/components/runner/bone-risk-note";
import { CardSection } from "@/components/ui/card-section";
import { textLink } from "@/components/ui/styles";
import { effectiveTolerance, readinessPainLimit, readinessTestsFor, toDay, toIso, triageRedFlags } from "@/lib/engine";
import type { TranslateIn } from "@/lib/i18n/app-config";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import { DEFAULT_RECHECK_DAYS, MAX_RECHECK_DAYS } from "@/lib/server/plan/decide-transition";
import { clearRedFlagAction, decideTransitionAction, recordClinicTestsAction, reopenPlanAction } from "./actions";
import { loadPatientForPage } from "./load-patient";
import { patientSectionMetadata } from "./section-meta";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/patients/[planId]">) {
  return patientSectionMetadata((await params).locale, "overview");
}

// The overview answers "what needs my decision today": the decision waiting for the physio (with its
// evidence) or the red flag to clear, the running tests and the adherence; beside it the alerts, the gate
// and the projection. Everything else is a section of its own (program, check-ins, notes, settings).
export default async function PatientOverviewPage({ params }: PageProps<"/[locale]/physio/patients/[planId]">) {
  const { locale: raw, planId } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  // The overview shows none of the page's lists (notes, audit, changes, corrections): it reads none.
  const patient = await loadPatientForPage(locale, planId, `/physio/patients/${planId}`, []);
  const { t: root, reason, date } = await getDataText();
  const t: TranslateIn<"patient"> = (key, p) => root(`patient.${key}`, p);
  const { state, plan } = patient;
  const discharged = plan.row.dischargedOn;
  // The running tests before phase 4: the evidence of the approval panel, and what the physio measured.
  const readinessTests = readinessTestsFor(patient.intake);
  const tolerance = effectiveTolerance(patient.intake, patient.settings);
  const readinessPanel =
    state.phase === 3 ? (
      <ReadinessPanel
        tests={readinessTests}
        attempts={patient.readiness}
        counted={state.gate.readiness}
        limit={readinessPainLimit(tolerance)}
        t={root}
        date={date}
      />
    ) : null;
  const awaiting = !discharged && state.status === "awaiting_approval" && state.pendingTransition !== null;
  const awaitingPhase4 = awaiting && state.pendingTransition === 4;
  const redFlagPaused = !discharged && state.status === "paused_red_flag";
  const urgencyText = ({ urgency, signs }: ReturnType<typeof triageRedFlags>) =>
    root(`physio.urgency.${urgency}`, {
      why: signs.length > 0 ? signs.map((s) => root(`physio.flagWhy.${s}`)).join(", ") : root("physio.flagWhy.unknown"),
    });
  const weekLabels = Object.fromEntries(state.adherence.map((w) => [w.weekStart, date(w.weekStart, "dayMonth")]));

  return (
    <PatientFrame patient={patient} section="overview">
      <ClinicalRecord intake={patient.intake} t={root} date={date} />
      <BoneRiskNote intake={patient.intake} t={root} textKey="patient.settings.highRiskBone" />
      {patient.otherPlans.length > 0 ? (
        <nav aria-label={t("reopen.history")} className="text-sm">
          <span className="font-semibold">{t("reopen.history")}: </span>
          {patient.otherPlans.map((o) => (
            <Link key={o.planId} href={`/physio/patients/${o.planId}`} className={`${textLink} mr-3`}>
              {t("reopen.planFrom", { date: date(o.startOn, "dayLong") })}
              {o.dischargedOn ? ` (${t("reopen.planClosed", { date: date(o.dischargedOn, "dayLong") })})` : ""}
            </Link>
          ))}
        </nav>
      ) : null}
      {discharged && !patient.otherPlans.some((o) => o.dischargedOn === null) ? (
        <CardSection titleClassName="mb-3 text-xl font-bold" id="reopen" title={t("reopen.title")}>
          <ReopenForm planId={patient.planId} today={patient.today} save={reopenPlanAction} />
        </CardSection>
      ) : null}
      {/* A laptop: the decision (or the red flag to clear) takes two thirds, the alerts, the gate and the
          projection the third beside it, so all of it is in view at 1280×800; the adherence under the decision.
          A phone reads them in that order: the decision, then the alerts and the gate, then the adherence. */}
      <div className="grid gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
        <div className="min-w-0 space-y-5">
          {awaiting && state.pendingTransition !== null ? (
            <DecisionForm
              planId={patient.planId}
              toPhase={state.pendingTransition}
              recheck={{
                suggested: toIso(toDay(patient.today) + DEFAULT_RECHECK_DAYS),
                min: toIso(toDay(patient.today) + 1),
                max: toIso(toDay(patient.today) + MAX_RECHECK_DAYS),
              }}
              save={decideTransitionAction}
              evidence={awaitingPhase4 ? readinessPanel : undefined}
            />
          ) : null}
          {redFlagPaused ? (
            <PhysioClearanceForm
              planId={patient.planId}
              redFlags={state.redFlags.map(reason)}
              urgency={urgencyText(triageRedFlags(state.redFlags.map((r) => r.key)))}
              save={clearRedFlagAction}
            />
          ) : null}
          {!awaiting && !redFlagPaused && !discharged ? (
            <p role="status" className="rounded-lg border border-slate-200 bg-white p-3 text-muted">
              {t("sections.nothingPending")}
            </p>
          ) : null}
          {readinessPanel ? (
            <CardSection titleClassName="mb-3 text-xl font-bold" id="readiness" title={t("readiness.title")}>
              {awaitingPhase4 ? null : readinessPanel}
              {discharged ? null : (
                <details className="mt-3">
                  <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-900">
                    {t("clinicTests.title")}
                  </summary>
                  <ClinicTestsForm
                    planId={patient.planId}
                    tests={readinessTests.map((id) => ({ id, name: root(`checkIn.readiness.test.${id}`) }))}
                    save={recordClinicTestsAction}
                  />
                </details>
              )}
            </CardSection>
          ) : null}
        </div>
        <div className="min-w-0 space-y-5 lg:row-span-2">
          <PatientAlerts alerts={state.alerts} reason={reason} date={date} />
          <GateSummary state={state} t={t} reason={reason} />
          <ProjectionSummary patient={patient} t={t} date={date} reason={reason} />
        </div>
        <div className="min-w-0">
          <CardSection titleClassName="mb-3 text-xl font-bold" id="adherence" title={t("adherence.title")}>
            <p className="mb-2 text-sm text-muted">{t("adherence.lead")}</p>
            <AdherenceTable weeks={state.adherence} weekLabels={weekLabels} />
          </CardSection>
        </div>
      </div>
    </PatientFrame>
  );
}
