import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { AuditLog } from "@/components/physio/patient/audit-log";
import { CheckInHistory } from "@/components/physio/patient/check-in-history";
import { CheckInTable, warningSignName } from "@/components/physio/patient/check-in-table";
import { PhysioClearanceForm } from "@/components/physio/patient/clearance-form";
import { DecisionForm } from "@/components/physio/patient/decision-form";
import { GateSummary } from "@/components/physio/patient/gate-summary";
import { NoteForm } from "@/components/physio/patient/note-form";
import { PatientAlerts, PatientHeader, ProjectionSummary, TransitionList } from "@/components/physio/patient/patient-summary";
import { SettingsEditor } from "@/components/physio/patient/settings-editor";
import { QueryProvider } from "@/components/providers/query-provider";
import { BoneRiskNote } from "@/components/runner/bone-risk-note";
import { PhysioChanges } from "@/components/runner/physio-changes";
import { ProgressCharts } from "@/components/runner/progress/progress-charts";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import { loadPatientForPage } from "./load-patient";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/patients/[planId]">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === "nl" ? "nl" : "en", namespace: "patient" });
  return { title: `${t("metaTitle")} · Comeback` };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-brand-100 bg-white p-4 shadow-sm">
      <h2 id={`${id}-title`} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function PatientPage({ params }: PageProps<"/[locale]/physio/patients/[planId]">) {
  const { locale: raw, planId } = await params;
  const locale = raw === "nl" ? "nl" : "en";
  setRequestLocale(locale);
  const patient = await loadPatientForPage(locale, planId, `/physio/patients/${planId}`);
  const { t: root, reason, date } = await getDataText(locale);
  const t = (key: string, p?: Record<string, string | number>) => root(`patient.${key}`, p);
  const { state, plan } = patient;
  const correctedDates = new Set(patient.corrections.map((d) => d.date));

  return (
    <div className="space-y-5 pt-4">
      <nav aria-label={t("breadcrumb")} className="flex flex-wrap items-center justify-between gap-2">
        <Link href="/physio" className="inline-flex min-h-11 items-center font-medium text-brand-900 underline">
          {t("back")}
        </Link>
        <Link href={`/physio/patients/${patient.planId}/print`} className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 px-4 font-semibold text-brand-900 hover:bg-brand-50">
          {t("printable")}
        </Link>
      </nav>
      <PatientHeader patient={patient} t={t} siteName={root(`onboarding.injury.sites.${plan.intake.site}`)} tissueName={root(`onboarding.injury.tissues.${plan.intake.tissue}.label`)} />
      <BoneRiskNote intake={plan.intake} t={root} textKey="patient.settings.highRiskBone" />
      <PatientAlerts alerts={state.alerts} reason={reason} date={date} />
      {state.status === "awaiting_approval" && state.pendingTransition !== null ? <DecisionForm planId={patient.planId} toPhase={state.pendingTransition} /> : null}
      {state.status === "paused_red_flag" ? <PhysioClearanceForm planId={patient.planId} redFlags={state.redFlags.map(reason)} /> : null}
      <GateSummary state={state} t={t} reason={reason} />
      <ProjectionSummary patient={patient} t={t} date={date} reason={reason} />
      <Section id="settings" title={t("settings.title")}>
        <SettingsEditor planId={patient.planId} settings={patient.settings} tissue={plan.intake.tissue} />
      </Section>
      <QueryProvider>
        <ProgressCharts planId={patient.planId} />
      </QueryProvider>
      <Section id="check-ins" title={t("checkIns.title")}>
        <CheckInTable checkIns={plan.checkIns} t={t} date={date} flagName={warningSignName(root)} corrected={{ dates: correctedDates, label: root("corrections.correctedMark") }} />
      </Section>
      <Section id="corrections" title={root("corrections.title")}>
        <CheckInHistory days={patient.corrections} t={root} date={date} locale={locale} />
      </Section>
      <Section id="transitions" title={t("transitions")}>
        <TransitionList phases={state.history.phases} t={t} date={date} />
      </Section>
      <PhysioChanges changes={patient.changes} t={root} date={date} title={t("changes.titlePhysio")} />
      <Section id="notes" title={t("notes.title")}>
        <NoteForm planId={patient.planId} />
        {patient.notes.length > 0 ? (
          <ol className="mt-4 divide-y divide-slate-200">
            {patient.notes.map((n) => (
              <li key={n.id} className="py-2">
                <p className="whitespace-pre-line">{n.body}</p>
                <p className="text-sm text-muted">
                  {n.authorName ?? ""} · <time dateTime={n.createdAt}>{date(n.createdAt.slice(0, 10), "d MMMM yyyy")}</time>
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-3 text-muted">{t("notes.none")}</p>
        )}
      </Section>
      <Section id="audit" title={t("audit.title")}>
        <AuditLog entries={patient.audit} t={t} date={date} locale={locale} />
      </Section>
    </div>
  );
}
