import { isRunKind } from "@/lib/engine/client";
import type { Discharge } from "@/lib/server/plan/discharge-view";
import type { Translate } from "@/lib/i18n/app-config";
import type { DateText } from "@/lib/i18n/formats";

// A closed plan says so wherever the runner looks (Today, Plan, the check-in): no sessions to do and no
// check-in to give, the physio's closing note, how to keep running, and when to come back.
export function DischargedCard({ discharge, t, date }: { discharge: Discharge; t: Translate; date: DateText }) {
  const runs = discharge.lastWeek.flatMap((d) => d.sessions.filter((s) => isRunKind(s.kind)));
  const minutes = runs.reduce((sum, s) => sum + s.minutes, 0);
  return (
    <section
      aria-labelledby="discharged-title"
      className="rounded-xl border-2 border-brand-700 bg-brand-50 p-4"
      data-testid="discharged"
    >
      <h2 id="discharged-title" className="text-xl font-bold text-brand-900">
        {t("today.discharged.title")}
      </h2>
      <p className="mt-1">{t("today.discharged.on", { date: date(discharge.on, "dayLong") })}</p>
      {discharge.note ? (
        <figure className="mt-3 rounded-lg bg-white p-3">
          <figcaption className="text-sm font-semibold">{t("today.discharged.note")}</figcaption>
          <blockquote className="mt-1 whitespace-pre-line">“{discharge.note}”</blockquote>
        </figure>
      ) : null}
      <h3 className="mt-3 font-bold">{t("today.discharged.nextTitle")}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        <li>
          {runs.length > 0
            ? t("today.discharged.keepRunning", { runs: runs.length, minutes })
            : t("today.discharged.keepExercising")}
        </li>
        <li>{t("today.discharged.comeBack")}</li>
        <li>{t("today.discharged.noCheckIns")}</li>
      </ul>
    </section>
  );
}
