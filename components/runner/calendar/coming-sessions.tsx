import { getTranslations } from "next-intl/server";
import { planDay } from "@/lib/i18n/formats";
import { getRegionalFormatter } from "@/lib/i18n/server-text";
import type { ComingSession } from "@/lib/server/plan/coming-sessions";
import { card } from "@/components/ui/styles";

// The sessions the calendar file and feed hold, grouped by day, so the runner sees what they get.
export async function ComingSessions({ sessions }: { sessions: ComingSession[] }) {
  const [t, te, format] = await Promise.all([
    getTranslations("calendar"),
    getTranslations("engine"),
    getRegionalFormatter(),
  ]);
  const days = [...new Set(sessions.map((s) => s.date))];
  const long = (iso: string) => format.dateTime(planDay(iso), "weekday");
  return (
    <section aria-labelledby="coming-title" className={card}>
      <h2 id="coming-title" className="text-xl font-bold text-brand-900">
        {t("comingTitle")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("comingLead")}</p>
      {days.length === 0 ? (
        <p className="mt-3">{t("comingEmpty")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-brand-100">
          {days.map((date) => {
            const items = sessions.filter((s) => s.date === date);
            return (
              <li key={date} className="py-2">
                <p className="flex flex-wrap items-center gap-x-2 font-semibold">
                  <time dateTime={date}>{long(date)}</time>
                  {items[0]?.tentative ? (
                    <span className="rounded bg-amber-50 px-1.5 text-xs font-medium text-amber-900">
                      {t("plannedAhead")}
                    </span>
                  ) : null}
                </p>
                <ul className="mt-0.5 text-sm">
                  {items.map((s) => (
                    <li key={s.uid}>
                      {te(`session.${s.kind}` as "session.run")} · {t("minutes", { minutes: s.minutes })}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
