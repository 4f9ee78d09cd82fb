import { getTranslations, setRequestLocale } from "next-intl/server";
import { ControlSection } from "@/components/physio/control/control-section";
import { AdherenceTable } from "@/components/physio/patient/adherence-table";
import { AuditLog } from "@/components/physio/patient/audit-log";
import { CheckInHistory } from "@/components/physio/patient/check-in-history";
import { CheckInTable, warningSignName } from "@/components/physio/patient/check-in-table";
import { ProgramEditor } from "@/components/physio/program/program-editor";
import { PhysioClearanceForm } from "@/components/physio/patient/clearance-form";
import { DecisionForm } from "@/components/physio/patient/decision-form";
import { GateSummary } from "@/components/physio/patient/gate-summary";
import { NoteForm } from "@/components/physio/patient/note-form";
import {
  PatientAlerts,
  PatientHeader,
  ProjectionSummary,
  TransitionList,
} from "@/components/physio/patient/patient-summary";
import { SettingsEditor } from "@/components/physio/patient/settings-editor";
import { QueryProvider } from "@/components/providers/query-provider";
import { BoneRiskNote } from "@/components/runner/bone-risk-note";
import { PhysioChanges } from "@/components/runner/physio-changes";
import { ProgressCharts } from "@/components/runner/progress/progress-charts";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import {
  effectiveTolerance,
  exerciseLibrary,
  readinessPainLimit,
  readinessTestsFor,
  toDay,
  toIso,
  triageRedFlags,
} from "@/lib/engine";
import { DEFAULT_RECHECK_DAYS, MAX_RECHECK_DAYS } from "@/lib/services/decide-transition";
import { ClinicTestsForm } from "@/components/physio/patient/clinic-tests-form";
import { ReadinessPanel, readinessLinesOf } from "@/components/physio/patient/readiness-panel";
import { ReopenForm } from "@/components/physio/patient/reopen-form";
import {
  addNoteAction,
  changeProgramAction,
  changeSettingsAction,
  clearRedFlagAction,
  correctIntakeAction,
  decideTransitionAction,
  dischargeAction,
  endLinkAction,
  endPauseAction,
  overrideAction,
  startPauseAction,
  recordClinicTestsAction,
  reopenPlanAction,
} from "./actions";
import { loadPatientForPage } from "./load-patient";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { unreadOnPlanRow } from "@/lib/services/messages";
import { CardSection } from "@/components/ui/card-section";
import { buttonLink, textLink } from "@/components/ui/styles";
import type { TranslateIn } from "@/lib/i18n/app-config";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/patients/[planId]">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === "nl" ? "nl" : "en", namespace: "patient" });
  return { title: t("metaTitle") };
}

export default async function PatientPage({ params }: PageProps<"/[locale]/physio/patients/[planId]">) {
  const { locale: raw, planId } = await params;
  const locale = raw === "nl" ? "nl" : "en";
  setRequestLocale(locale);
  const patient = await loadPatientForPage(locale, planId, `/physio/patients/${planId}`);
  // The plan row is loaded already: the unread count reuses it (same entitlement check, no second read).
  const [{ t: root, reason, date }, unread] = await Promise.all([
    getDataText(),
    unreadOnPlanRow(getDb(), await requireUser("physio"), patient.plan.row),
  ]);
  const t: TranslateIn<"patient"> = (key, p) => root(`patient.${key}`, p);
  const { state, plan } = patient;
  const correctedDates = new Set(patient.corrections.map((d) => d.date));
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
  // The running tests before phase 4: the evidence of the approval panel, and what the physio measured.
  const readinessTests = readinessTestsFor(plan.intake);
  const tolerance = effectiveTolerance(plan.intake, patient.settings);
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
  const awaitingPhase4 = !discharged && state.status === "awaiting_approval" && state.pendingTransition === 4;
  const urgencyText = ({ urgency, signs }: ReturnType<typeof triageRedFlags>) =>
    root(`physio.urgency.${urgency}`, {
      why: signs.length > 0 ? signs.map((s) => root(`physio.flagWhy.${s}`)).join(", ") : root("physio.flagWhy.unknown"),
    });
  const weekLabels = Object.fromEntries(state.adherence.map((w) => [w.weekStart, date(w.weekStart, "dayMonth")]));

  return (
    <div className="space-y-5 pt-4">
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
        siteName={root(`onboarding.injury.sites.${plan.intake.site}`)}
        tissueName={root(`onboarding.injury.tissues.${plan.intake.tissue}.label`)}
      />
      <BoneRiskNote intake={plan.intake} t={root} textKey="patient.settings.highRiskBone" />
      {discharged ? (
        <p role="status" className="rounded-lg bg-slate-100 p-3 font-semibold">
          {root("control.discharge.archived", { date: date(discharged, "dayLong") })}
        </p>
      ) : null}
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
      <PatientAlerts alerts={state.alerts} reason={reason} date={date} />
      {!discharged && state.status === "awaiting_approval" && state.pendingTransition !== null ? (
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
      {!discharged && state.status === "paused_red_flag" ? (
        <PhysioClearanceForm
          planId={patient.planId}
          redFlags={state.redFlags.map(reason)}
          urgency={urgencyText(triageRedFlags(state.redFlags.map((r) => r.key)))}
          save={clearRedFlagAction}
        />
      ) : null}
      <GateSummary state={state} t={t} reason={reason} />
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
      <ProjectionSummary patient={patient} t={t} date={date} reason={reason} />
      <CardSection titleClassName="mb-3 text-xl font-bold" id="adherence" title={t("adherence.title")}>
        <p className="mb-2 text-sm text-muted">{t("adherence.lead")}</p>
        <AdherenceTable weeks={state.adherence} weekLabels={weekLabels} />
      </CardSection>
      {discharged ? null : (
        <>
          <CardSection titleClassName="mb-3 text-xl font-bold" id="program" title={t("programTitle")}>
            <ProgramEditor
              planId={patient.planId}
              slots={patient.programs}
              initial={currentSlot}
              library={library}
              save={changeProgramAction}
            />
          </CardSection>
          <CardSection titleClassName="mb-3 text-xl font-bold" id="control" title={t("controlTitle")}>
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
          <CardSection titleClassName="mb-3 text-xl font-bold" id="settings" title={t("settings.title")}>
            <SettingsEditor
              planId={patient.planId}
              settings={patient.settings}
              tissue={plan.intake.tissue}
              save={changeSettingsAction}
            />
          </CardSection>
        </>
      )}
      <QueryProvider>
        <ProgressCharts planId={patient.planId} />
      </QueryProvider>
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
      <CardSection titleClassName="mb-3 text-xl font-bold" id="corrections" title={root("corrections.title")}>
        <CheckInHistory days={patient.corrections} t={root} date={date} />
      </CardSection>
      <CardSection titleClassName="mb-3 text-xl font-bold" id="transitions" title={t("transitions")}>
        <TransitionList phases={state.history.phases} t={t} date={date} />
      </CardSection>
      <PhysioChanges changes={patient.changes} t={root} date={date} title={t("changes.titlePhysio")} locale={locale} />
      <CardSection titleClassName="mb-3 text-xl font-bold" id="notes" title={t("notes.title")}>
        {discharged ? null : <NoteForm planId={patient.planId} save={addNoteAction} />}
        {patient.notes.length > 0 ? (
          <ol className="mt-4 divide-y divide-slate-200">
            {patient.notes.map((n) => (
              <li key={n.id} className="py-2">
                <p className="mb-1">
                  <span
                    className={`rounded px-2 py-0.5 text-xs font-semibold ${n.visibility === "patient" ? "bg-brand-50 text-brand-900" : "bg-slate-100 text-slate-800"}`}
                  >
                    {t(`notes.badge.${n.visibility}`)}
                  </span>
                </p>
                <p className="whitespace-pre-line">{n.body}</p>
                <p className="text-sm text-muted">
                  {n.authorName ?? ""} · <time dateTime={n.createdAt}>{date(n.createdAt.slice(0, 10), "dayLong")}</time>
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-3 text-muted">{t("notes.none")}</p>
        )}
      </CardSection>
      <CardSection titleClassName="mb-3 text-xl font-bold" id="audit" title={t("audit.title")}>
        <AuditLog entries={patient.audit} t={t} date={date} />
      </CardSection>
    </div>
  );
}
