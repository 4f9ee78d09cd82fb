import type { DayPlan } from "@/lib/engine";
import { Link } from "@/lib/i18n/navigation";
import { card } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/app-config";
import type { DateText } from "@/lib/i18n/formats";
import { speedWorkShort } from "./speed-work";

type T = Translate;

function DayRows({ days, today, t, date }: { days: DayPlan[]; today: string; t: T; date: DateText }) {
  return (
    <ul className="mt-2 divide-y divide-slate-100">
      {days.map((day) => {
        const sessions = day.sessions.filter((s) => s.kind !== "rest");
        return (
          <li
            key={day.date}
            className={`flex flex-wrap items-baseline gap-x-3 py-2 ${day.date === today ? "font-semibold" : ""}`}
            aria-current={day.date === today ? "date" : undefined}
          >
            <span className="w-24 shrink-0">{date(day.date, "day")}</span>
            <span className="flex-1">
              {sessions.length === 0
                ? t("engine.session.rest")
                : sessions
                    .map(
                      (s) =>
                        `${t(`engine.session.${s.kind}`)}${s.minutes > 0 ? ` ${t("today.minutes", { minutes: s.minutes })}` : ""}${s.speed ? ` ${speedWorkShort(s.speed, t)}` : ""}`,
                    )
                    .join(" · ")}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

// This week and next, Monday to Sunday (never before the plan began): runs and strength placed by
// the spacing rules, rest days marked; next week is planned ahead and changes with every check-in.
export function WeekPlan({
  week,
  nextWeek,
  startOn,
  today,
  t,
  date,
}: {
  week: DayPlan[];
  nextWeek: DayPlan[];
  startOn: string;
  today: string;
  t: T;
  date: DateText;
}) {
  const thisWeek = week.filter((day) => day.date >= startOn);
  return (
    <section aria-labelledby="week-title" className={card}>
      <h2 id="week-title" className="text-xl font-bold">
        {t("plan.weekTitle")}
      </h2>
      <DayRows days={thisWeek} today={today} t={t} date={date} />
      <h2 id="next-week-title" className="mt-4 flex flex-wrap items-baseline gap-2 text-xl font-bold">
        {t("plan.nextWeekTitle")}
        <span className="rounded bg-amber-50 px-1.5 text-sm font-medium text-amber-900">
          {t("session.plannedAhead")}
        </span>
      </h2>
      <DayRows days={nextWeek} today={today} t={t} date={date} />
      <Link href="/calendar" className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
        {t("plan.toCalendar")}
      </Link>
    </section>
  );
}
