import { getTranslations } from "next-intl/server";
import { planDay } from "@/lib/i18n/formats";
import { getRegionalFormatter } from "@/lib/i18n/server-text";
import type { Progress } from "@/lib/server/plan/progress";

// The numbers that matter most, rendered on the server: readable before any chart has loaded.
export async function ProgressHeadline({ progress }: { progress: Progress }) {
  const [t, format] = await Promise.all([getTranslations("progress"), getRegionalFormatter()]);
  const long = (iso: string) => format.dateTime(planDay(iso), "dayLong");
  const { sessions } = progress;
  const items = [
    { label: t("sessionsDone"), value: String(sessions.count) },
    { label: t("minutesTrained"), value: format.number(sessions.minutes, "minutes") },
    {
      label: t("checkedIn"),
      value: t("percent", { value: Math.round(sessions.adherence * 100) }),
      detail: t("checkedInDetail", { reported: sessions.daysReported, days: progress.daysSinceStart }),
    },
    { label: t("phase"), value: t("phaseValue", { phase: progress.phase }) },
    {
      label: t("level"),
      value: progress.level
        ? t("levelValue", { level: progress.level.current, total: progress.level.total })
        : t("levelNone"),
    },
    {
      label: t("backOn"),
      value: long(progress.projection.backToLevelOn),
      detail: progress.projection.isEstimate ? t("estimate") : undefined,
    },
  ];
  return (
    <section aria-labelledby="glance-title">
      <h2 id="glance-title" className="sr-only">
        {t("glance")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {items.map((item) => (
          <div key={item.label} className="flex flex-col rounded-xl border border-brand-100 bg-white p-3 shadow-sm">
            <dt className="text-sm text-muted">{item.label}</dt>
            <dd className="order-first text-xl font-bold text-brand-900 sm:text-2xl">{item.value}</dd>
            {item.detail ? <dd className="text-sm text-muted">{item.detail}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
