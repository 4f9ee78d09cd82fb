import type { DayPlan } from "@/lib/engine";
import { Link } from "@/lib/i18n/navigation";

type T = (key: string, params?: Record<string, string | number>) => string;

// Monday to Sunday: runs and strength placed by the spacing rules, rest days marked.
export function WeekPlan({ week, today, t, date }: { week: DayPlan[]; today: string; t: T; date: (iso: string, pattern?: string) => string }) {
  return (
    <section aria-labelledby="week-title" className="rounded-xl border border-brand-100 bg-white p-4 shadow-sm">
      <h2 id="week-title" className="text-xl font-bold">{t("plan.weekTitle")}</h2>
      <ul className="mt-2 divide-y divide-slate-100">
        {week.map((day) => {
          const sessions = day.sessions.filter((s) => s.kind !== "rest");
          return (
            <li key={day.date} className={`flex flex-wrap items-baseline gap-x-3 py-2 ${day.date === today ? "font-semibold" : ""}`} aria-current={day.date === today ? "date" : undefined}>
              <span className="w-24 shrink-0 capitalize">{date(day.date, "EEE d MMM")}</span>
              <span className="flex-1">
                {sessions.length === 0
                  ? t("engine.session.rest")
                  : sessions.map((s) => `${t(`engine.session.${s.kind}`)}${s.minutes > 0 ? ` ${t("today.minutes", { minutes: s.minutes })}` : ""}`).join(" · ")}
              </span>
            </li>
          );
        })}
      </ul>
      <Link href="/calendar" className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
        {t("plan.toCalendar")}
      </Link>
    </section>
  );
}
