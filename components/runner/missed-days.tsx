import { Link } from "@/lib/i18n/navigation";
import type { Translate } from "@/lib/i18n/app-config";
import type { DateText } from "@/lib/i18n/formats";

type Props = { days: string[]; t: Translate; date: DateText };

// Missed check-ins can be filled in for up to a week back: each day is one tap away.
export function MissedDays({ days, t, date }: Props) {
  if (days.length === 0) return null;
  return (
    <section aria-labelledby="missed-title" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="missed-title" className="font-bold">
        {t("today.missedTitle", { count: days.length })}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {days.map((day) => (
          <li key={day}>
            <Link
              href={`/check-in?date=${day}`}
              className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 px-3 font-medium text-brand-900 hover:bg-brand-50"
            >
              {date(day, "day")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
