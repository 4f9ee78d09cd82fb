import { addDays, formatISO, parseISO } from "date-fns";
import { setRequestLocale } from "next-intl/server";
import { DecisionCard } from "@/components/runner/decision-card";
import { MissedDays } from "@/components/runner/missed-days";
import { PhaseHeader } from "@/components/runner/phase-header";
import { RedFlagScreen } from "@/components/runner/red-flag-screen";
import { RecheckCard, pendingRecheck } from "@/components/runner/recheck-card";
import { SessionCard } from "@/components/runner/session-card";
import { TomorrowCard } from "@/components/runner/tomorrow-card";
import { DischargedCard } from "@/components/runner/discharged-card";
import { dischargeOf } from "@/lib/server/plan/discharge-view";
import { requireRunnerPlan } from "@/lib/http/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import { planNextWeek } from "@/lib/server/plan/coming-sessions";
import { clearanceAction } from "./actions";
import { stateOf } from "@/lib/server/plan/load-plan";
import { hasCorrectedAwayFlag } from "@/lib/server/check-in/check-in-history";
import { missedDays } from "@/lib/server/plan/missed-days";
import { unreadOnPlanRow } from "@/lib/server/messaging/messages";
import { getDb } from "@/lib/db/client";
import { runPainRule } from "@/lib/engine";
import { UnreadMessages } from "@/components/messages/unread-messages";
import { titleFrom } from "@/lib/i18n/page-title";
import { toLocale } from "@/lib/i18n/routing";

export const generateMetadata = titleFrom("nav.today");

export default async function TodayPage({ params }: PageProps<"/[locale]/today">) {
  const { locale: raw } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const { plan, today, user } = await requireRunnerPlan(locale, "/today");
  const state = stateOf(plan, today);
  const [{ t, reason, date }, unread] = await Promise.all([
    getDataText({ hasPhysio: plan.row.physioId !== null }),
    unreadOnPlanRow(getDb(), user, plan.row),
  ]);
  const checkedIn = plan.checkIns.some((c) => c.date === today);

  // A closed plan has nothing to do or report today: the physio's closing words and what now.
  const discharge = dischargeOf(plan, state);
  if (discharge) {
    return (
      <div className="space-y-5">
        <PhaseHeader state={state} t={t} title={t("today.title", { date: date(today) })} />
        <DischargedCard discharge={discharge} t={t} date={date} />
      </div>
    );
  }

  if (state.status === "paused_red_flag") {
    return (
      <RedFlagScreen
        planId={plan.row.id}
        state={state}
        hasPhysio={plan.row.physioId !== null}
        correctedAway={hasCorrectedAwayFlag(plan)}
        t={t}
        reason={reason}
        clearance={clearanceAction}
      />
    );
  }

  const sessions = state.today.sessions.filter((s) => s.kind !== "rest");
  const tomorrowIso = formatISO(addDays(parseISO(today), 1), { representation: "date" });
  const planned = state.week.find((d) => d.date === tomorrowIso);
  const tomorrow = planned ?? planNextWeek(plan, today, state).find((d) => d.date === tomorrowIso);
  const decision = state.lastDecision;
  const recheck = pendingRecheck(state, plan.events, today);
  return (
    <div className="space-y-5">
      <PhaseHeader state={state} t={t} title={t("today.title", { date: date(today) })} />

      {state.status === "awaiting_approval" ? (
        <p role="status" className="rounded-lg bg-sky-50 p-3 font-medium text-sky-900">
          {t("today.awaitingApproval", { phase: state.pendingTransition ?? state.phase + 1 })}
        </p>
      ) : null}
      {state.status === "completed" ? (
        <p className="rounded-lg bg-brand-50 p-3 text-lg font-bold text-brand-900">{t("today.completed")}</p>
      ) : null}

      {recheck ? <RecheckCard recheck={recheck} t={t} date={date} /> : null}

      <div className="flex flex-wrap items-center gap-3">
        <Link
          href="/check-in"
          className="inline-flex min-h-12 flex-1 items-center justify-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-900"
        >
          {checkedIn ? t("today.correctCheckIn") : t("today.checkIn")}
        </Link>
        {checkedIn ? <p className="font-medium text-brand-900">✓ {t("today.checkedIn")}</p> : null}
      </div>

      {plan.row.physioId ? <UnreadMessages count={unread} t={t} /> : null}

      <MissedDays days={missedDays(plan, today)} t={t} date={date} />

      {state.today.eased ? (
        <section aria-labelledby="eased-title" className="rounded-xl border-l-4 border-amber-600 bg-amber-50 p-4">
          <h2 id="eased-title" className="font-bold">
            {t("today.easedTitle")}
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {state.today.reasons
              .filter((r) => r.key.startsWith("reason.readiness."))
              .map((r, i) => (
                <li key={i}>{reason(r)}</li>
              ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sessions-title" className="space-y-3">
        <h2 id="sessions-title" className="text-xl font-bold">
          {t("today.sessionsTitle")}
        </h2>
        {sessions.length === 0 ? (
          <div className="rounded-xl border border-brand-100 bg-white p-4">
            <p className="text-lg font-bold">{t("today.restDay")}</p>
            <ul className="mt-1 list-disc pl-5 text-muted">
              {state.today.reasons.map((r, i) => (
                <li key={i}>{reason(r)}</li>
              ))}
            </ul>
          </div>
        ) : (
          sessions.map((s, i) => (
            <SessionCard
              key={`${s.kind}-${i}`}
              session={s}
              locale={locale}
              text={{ t, date }}
              playIndex={i}
              painRule={runPainRule(plan.intake, plan.settings)}
            />
          ))
        )}
      </section>

      {tomorrow ? <TomorrowCard day={tomorrow} tentative={!planned} t={t} date={date} /> : null}

      {decision.on ? (
        <DecisionCard
          decision={decision}
          title={t("today.lastDecision", { date: date(decision.on) })}
          actionLabel={t(`checkIn.action.${decision.action}`)}
          restLabel={decision.restDays > 0 ? t("checkIn.restDays", { days: decision.restDays }) : undefined}
          reason={reason}
        />
      ) : null}
    </div>
  );
}
