import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { CheckInTable, warningSignName } from "@/components/physio/patient/check-in-table";
import { PrintButton } from "@/components/physio/patient/print-button";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import { loadPatientForPage } from "../load-patient";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/patients/[planId]/print">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === "nl" ? "nl" : "en", namespace: "patient" });
  return { title: `${t("metaTitle")} · Comeback` };
}

// The plan for the physio's file, on A4: no navigation, black on white, sections kept whole.
const printCss = `@media print {
  @page { size: A4; margin: 15mm; }
  body > header, nav.fixed, [data-skip-print] { display: none !important; }
  body { background: #fff; }
  main > div { padding-bottom: 0 !important; max-width: none !important; }
}`;

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="break-inside-avoid border-t border-slate-300 pt-3">
      <h2 className="text-lg font-bold">{title}</h2>
      <div className="mt-1">{children}</div>
    </section>
  );
}

export default async function PrintPage({ params }: PageProps<"/[locale]/physio/patients/[planId]/print">) {
  const { locale: raw, planId } = await params;
  const locale = raw === "nl" ? "nl" : "en";
  setRequestLocale(locale);
  const patient = await loadPatientForPage(locale, planId, `/physio/patients/${planId}/print`);
  const { t: root, reason, date } = await getDataText(locale);
  const t = (key: string, p?: Record<string, string | number>) => root(`patient.${key}`, p);
  const { state, plan, settings } = patient;
  const p = state.projection;
  const approvals = ([2, 3, 4] as const).filter((n) => settings.approvalRequired[`toPhase${n}`]);
  const rows: [string, string][] = [
    [t("print.tolerance"), String(plan.intake.tissue === "bone" ? 0 : settings.tolerance)],
    [t("print.painFreeDays"), `${settings.painFreeDays.toPhase2} / ${settings.painFreeDays.toPhase3} / ${settings.painFreeDays.toPhase4}`],
    [t("print.minPhaseDays"), `${settings.minPhaseDays.phase1} / ${settings.minPhaseDays.phase2} / ${settings.minPhaseDays.phase3}`],
    [t("print.approval"), approvals.length > 0 ? approvals.join(", ") : t("print.approvalNone")],
    ...(plan.intake.tissue === "tendon" ? [[t("print.tendonModel"), t(settings.tendonPainModel ? "changes.on" : "changes.off")] as [string, string]] : []),
    [t("print.maxLevels"), String(settings.maxLevelsPerWeek)],
  ];

  return (
    <div className="space-y-4 bg-white pt-4 text-black print:pt-0">
      <style>{printCss}</style>
      <div data-skip-print className="flex flex-wrap items-center justify-between gap-2">
        <Link href={`/physio/patients/${patient.planId}`} className="inline-flex min-h-11 items-center font-medium text-brand-900 underline">
          {t("print.back")}
        </Link>
        <PrintButton label={t("print.print")} />
      </div>
      <header>
        <h1 className="text-2xl font-bold">{t("print.title", { name: patient.name })}</h1>
        <p>{t("injury", { site: root(`onboarding.injury.sites.${plan.intake.site}`), tissue: root(`onboarding.injury.tissues.${plan.intake.tissue}.label`) })}</p>
        <p className="font-semibold">
          {t("phaseLine", { phase: state.phase, name: t(`phaseName.${state.phase}`), days: state.gate.daysInPhase })} · {t(`status.${state.status}`)}
        </p>
        <p className="text-sm">{t("print.printed", { date: date(patient.today, "d MMMM yyyy") })}</p>
      </header>
      <Block title={t("print.settings")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt>{label}</dt>
              <dd className="font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
      </Block>
      {state.gate.toPhase !== null ? (
        <Block title={t("gate.title", { phase: state.gate.toPhase })}>
          <p>{t("gate.streak", { have: Math.min(state.gate.streak, state.gate.required), need: state.gate.required })}</p>
          <p>{t("gate.minDays", { have: Math.min(state.gate.daysInPhase, state.gate.minDays), need: state.gate.minDays })}</p>
          {state.gate.missing.length > 0 ? (
            <ul className="list-disc pl-5">
              {state.gate.missing.map((m, i) => (
                <li key={i}>{m.key === "gate.missing.approval" ? t("gate.missingApproval") : m.key === "gate.missing.clearance" ? t("gate.missingClearance") : reason(m)}</li>
              ))}
            </ul>
          ) : null}
        </Block>
      ) : null}
      <Block title={t("projection.title")}>
        <p className="font-semibold">
          {date(p.backToLevelOn, "d MMMM yyyy")}
          {p.isEstimate ? ` (${t("projection.estimate")})` : ""}
        </p>
        <p>
          {t("projection.ruleOfThumbLabel")}: {date(p.ruleOfThumbOn, "d MMMM yyyy")}
          {p.safetyOn ? ` · ${t("projection.safetyLabel")}: ${date(p.safetyOn, "d MMMM yyyy")}` : ""}
        </p>
        <p>{t("projection.rule", { weeksOff: p.weeksOff, rebuildWeeks: p.rebuildWeeks })}</p>
      </Block>
      <Block title={t("print.week")}>
        <ul>
          {state.week.map((day) => (
            <li key={day.date} className="flex gap-2">
              <span className="w-32 shrink-0">{date(day.date, "EEE d MMM")}</span>
              <span>{day.sessions.filter((s) => s.kind !== "rest").map((s) => `${t(`session.${s.kind}`)} ${t("print.minutes", { minutes: s.minutes })}`).join(" + ") || t("print.rest")}</span>
            </li>
          ))}
        </ul>
      </Block>
      <Block title={t("print.recent")}>
        <h3 id="check-ins-title" className="sr-only">
          {t("print.recent")}
        </h3>
        <CheckInTable checkIns={plan.checkIns.slice(-14)} t={t} date={date} flagName={warningSignName(root)} />
      </Block>
      {patient.notes.length > 0 ? (
        <Block title={t("print.notes")}>
          <ul className="space-y-1">
            {patient.notes.map((n) => (
              <li key={n.id}>
                <span className="text-sm">{date(n.createdAt.slice(0, 10), "d MMM yyyy")}: </span>
                <span className="whitespace-pre-line">{n.body}</span>
              </li>
            ))}
          </ul>
        </Block>
      ) : null}
    </div>
  );
}
