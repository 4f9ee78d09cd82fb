import { getTranslations, setRequestLocale } from "next-intl/server";
import { ComingSessions } from "@/components/runner/calendar/coming-sessions";
import { SubscriptionPanel } from "@/components/runner/calendar/subscription-panel";
import { requireRunnerPlan } from "@/lib/http/page-guard";
import { planComingSessions } from "@/lib/server/plan/coming-sessions";
import { calendarLinkAction } from "./actions";
import { requestOrigin } from "@/lib/http/request-origin";
import { CardSection } from "@/components/ui/card-section";
import { primaryButtonLink } from "@/components/ui/styles";
import { PageHeader } from "@/components/ui/page-header";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/calendar">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "calendar" });
  return { title: t("title") };
}

export default async function CalendarPage({ params }: PageProps<"/[locale]/calendar">) {
  const { locale: raw } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const { plan, today } = await requireRunnerPlan(locale, "/calendar");
  const t = await getTranslations("calendar");
  const sessions = planComingSessions(plan.row.id, plan, today);
  const origin = await requestOrigin();

  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} lead={t("lead")} />
      <ComingSessions sessions={sessions} />
      <CardSection id="download" title={t("downloadTitle")}>
        <p className="mt-1">{t("downloadLead")}</p>
        <a
          href={`/api/plans/${plan.row.id}/calendar?locale=${locale}`}
          download="comeback.ics"
          className={`${primaryButtonLink} mt-3 py-2 text-center`}
        >
          {t("download")}
        </a>
      </CardSection>
      <CardSection id="subscribe" title={t("subscribeTitle")}>
        <p className="mt-1">{t("subscribeLead")}</p>
        <p className="mt-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">{t("subscribeWarning")}</p>
        <SubscriptionPanel
          planId={plan.row.id}
          origin={origin}
          initialToken={plan.row.calendarToken}
          action={calendarLinkAction}
        />
      </CardSection>
    </div>
  );
}
