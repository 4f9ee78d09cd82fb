import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { planDay } from "@/lib/i18n/formats";
import { ProgressHeadline } from "@/components/runner/progress/headline";
import { PhaseList } from "@/components/runner/progress/phase-list";
import { ProgressCharts } from "@/components/runner/progress/progress-charts";
import { requireRunnerPlan } from "@/lib/http/page-guard";
import { buildProgress } from "@/lib/server/plan/progress";
import { PageHeader } from "@/components/ui/page-header";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/progress">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "progress" });
  return { title: t("title") };
}

export default async function ProgressPage({ params }: PageProps<"/[locale]/progress">) {
  const { locale: raw } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const { plan, today } = await requireRunnerPlan(locale, "/progress");
  const progress = buildProgress(plan, today);
  const t = await getTranslations("progress");
  const startedOn = (await getFormatter()).dateTime(planDay(progress.startedOn), "weekday");

  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} lead={t("since", { days: progress.daysSinceStart, date: startedOn })} />
      <ProgressHeadline progress={progress} />
      <ProgressCharts progress={progress} />
      <PhaseList phases={progress.phases} />
    </div>
  );
}
