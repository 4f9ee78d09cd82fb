import type { DayPlan } from "@/lib/engine";
import { card } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/app-config";
import type { DateText } from "@/lib/i18n/formats";
import { speedWorkShort } from "./speed-work";

type T = Translate;

// A look ahead, so the runner can plan their day: what tomorrow holds (or that it is a rest day).
export function TomorrowCard({ day, tentative, t, date }: { day: DayPlan; tentative: boolean; t: T; date: DateText }) {
  const sessions = day.sessions.filter((s) => s.kind !== "rest");
  return (
    <section aria-labelledby="tomorrow-title" className={card}>
      <h2 id="tomorrow-title" className="flex flex-wrap items-baseline gap-2 text-xl font-bold">
        {t("session.tomorrowTitle", { date: date(day.date) })}
        {tentative ? (
          <span className="rounded bg-amber-50 px-1.5 text-sm font-medium text-amber-900">
            {t("session.plannedAhead")}
          </span>
        ) : null}
      </h2>
      {sessions.length === 0 ? (
        <p className="mt-1">{t("session.tomorrowRest")}</p>
      ) : (
        <ul className="mt-1 list-disc pl-5">
          {sessions.map((s, i) => (
            <li key={i}>
              {t(`engine.session.${s.kind}`)}
              {s.minutes > 0 ? `, ${t("today.minutes", { minutes: s.minutes })}` : ""}
              {s.walkRun
                ? `: ${t("today.walkRun", { blocks: s.walkRun.blocks, jog: s.walkRun.jogMinutes, walk: s.walkRun.walkMinutes })}`
                : ""}
              {s.speed ? ` ${speedWorkShort(s.speed, t)}` : ""}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
