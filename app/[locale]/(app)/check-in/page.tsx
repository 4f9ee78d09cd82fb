import { addDays, formatISO, parseISO } from "date-fns";
import { setRequestLocale } from "next-intl/server";
import { CheckInForm } from "@/components/runner/check-in/check-in-form";
import { requireRunnerPlan } from "@/lib/http/page-guard";
import {
  CrossTrainingOption,
  getExercise,
  hadRun,
  isIsoDate,
  readinessTestsFor,
  correctedIntake,
  sessionsOf,
  type SessionReport,
} from "@/lib/engine";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import { stateOf } from "@/lib/server/plan/load-plan";
import { readPrefill } from "@/lib/client/session-player/prefill";
import { MAX_DAYS_BACK, versionOfDay } from "@/lib/server/check-in/record-check-in";
import { getDb } from "@/lib/db/client";
import { saveCheckInAction } from "./actions";
import { titleFrom } from "@/lib/i18n/page-title";

import { DischargedCard } from "@/components/runner/discharged-card";
import { dischargeOf } from "@/lib/server/plan/discharge-view";
import { toLocale } from "@/lib/i18n/routing";

export const generateMetadata = titleFrom("nav.checkIn");

export default async function CheckInPage({ params, searchParams }: PageProps<"/[locale]/check-in">) {
  const { locale: raw } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const { plan, today } = await requireRunnerPlan(locale, "/check-in");
  const { t, date: formatDate } = await getDataText();
  // A closed plan takes no more check-ins: say so before anything is typed, not after a refused save.
  const discharge = dischargeOf(plan, stateOf(plan, today));
  if (discharge)
    return (
      <div className="space-y-4 pt-6">
        <h1 className="text-2xl font-bold text-brand-900">{t("checkIn.titleToday")}</h1>
        <DischargedCard discharge={discharge} t={t} date={formatDate} />
      </div>
    );

  // The fill-in window: today and up to a week back, never before the plan started.
  const window = Array.from({ length: MAX_DAYS_BACK + 1 }, (_, back) =>
    formatISO(addDays(parseISO(today), -back), { representation: "date" }),
  ).filter((d) => d >= plan.intake.startOn);
  const query = await searchParams;
  const requested = query.date;
  const date = typeof requested === "string" && isIsoDate(requested) && window.includes(requested) ? requested : today;

  const dayState = stateOf({ ...plan, checkIns: plan.checkIns.filter((c) => c.date < date) }, date);
  const existing = plan.checkIns.find((c) => c.date === date);
  const baseVersion = await versionOfDay(getDb(), plan.row.id, date);
  const reported = new Set(plan.checkIns.map((c) => c.date));
  // Coming from the session player: what was just done fills in that session of today's plan.
  const played = date === today ? readPrefill(query) : null;
  const planned = withPlayed(
    dayState.today.sessions.flatMap((s) => (s.kind === "rest" ? [] : [{ kind: s.kind, minutes: s.minutes }])),
    played,
  );
  // Next-day soreness (Fees et al. 1998) is asked the day after a reported run, about that run.
  const dayBefore = formatISO(addDays(parseISO(date), -1), { representation: "date" });
  const ranDayBefore = plan.checkIns.some((c) => c.date === dayBefore && hadRun(c));

  return (
    <div className="space-y-4 pt-6">
      <h1 className="text-2xl font-bold text-brand-900">
        {date === today ? t("checkIn.titleToday") : t("checkIn.titleDay", { date: formatDate(date) })}
      </h1>
      <p className="text-muted">{t("checkIn.lead")}</p>
      <nav aria-label={t("checkIn.dayPicker")}>
        <ul className="flex gap-2 overflow-x-auto pb-1">
          {window.map((d) => (
            <li key={d}>
              <Link
                href={`/check-in?date=${d}`}
                aria-current={d === date ? "date" : undefined}
                className={`relative inline-flex min-h-11 items-center rounded-lg border px-3 text-sm font-medium whitespace-nowrap ${d === date ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
              >
                {d === today ? t("checkIn.today") : formatDate(d, "weekdayDay")}
                {reported.has(d) ? (
                  <span className="ml-1">
                    ✓<span className="sr-only"> {t("checkIn.done")}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <CheckInForm
        key={date}
        planId={plan.row.id}
        runnerId={plan.row.runnerId}
        hasPhysio={plan.row.physioId !== null}
        baseVersion={baseVersion}
        save={saveCheckInAction}
        date={date}
        phase={dayState.phase}
        planned={planned}
        askYesterday={ranDayBefore}
        crossTrainingOptions={CrossTrainingOption.options.map((id) => ({
          id,
          label: getExercise(id)?.name[locale] ?? id,
        }))}
        readinessTests={readinessTestsFor(correctedIntake(plan.intake, plan.events, today))}
        // A second session played after the day's report: it joins that report when corrected.
        existing={existing && played ? { ...existing, sessions: withPlayed(sessionsOf(existing), played) } : existing}
      />
    </div>
  );
}

type PlannedSession = { kind: SessionReport["kind"]; minutes: number; completed?: boolean };

/** The player's session replaces the planned one of its kind (or joins the day when it was not planned). */
function withPlayed<S extends PlannedSession>(planned: S[], played: S | null): S[] {
  if (!played) return planned;
  const at = planned.findIndex((s) => s.kind === played.kind);
  return at < 0 ? [...planned, played] : planned.map((s, i) => (i === at ? played : s));
}
