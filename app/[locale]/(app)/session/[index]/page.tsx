import { setRequestLocale } from "next-intl/server";
import { doseParts } from "@/components/exercise/dose-text";
import { ExerciseFigure } from "@/components/exercise/exercise-figure";
import { SessionPlayer, type PlayerItem } from "@/components/session/session-player";
import { requireRunnerPlan } from "@/lib/http/page-guard";
import { getExercise, runPainRule } from "@/lib/engine";
import { RunDayGuide, painRuleText } from "@/components/runner/run-day-guide";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import { stateOf } from "@/lib/server/plan/load-plan";
import { titleFrom } from "@/lib/i18n/page-title";
import { toLocale } from "@/lib/i18n/routing";

export const generateMetadata = titleFrom("meta.sessionTitle");

// Today's session number `index` (as numbered on Today), played on the phone.
export default async function SessionPage({ params }: PageProps<"/[locale]/session/[index]">) {
  const { locale: raw, index } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const { plan, today } = await requireRunnerPlan(locale, `/session/${index}`);
  const state = stateOf(plan, today);
  const { t } = await getDataText();
  const sessions = state.status === "paused_red_flag" ? [] : state.today.sessions.filter((s) => s.kind !== "rest");
  const session = /^\d{1,2}$/.test(index) ? sessions[Number(index)] : undefined;

  if (!session) {
    return (
      <div className="space-y-4 pt-6">
        <p className="text-lg">{t("session.noSession")}</p>
        <Link href="/today" className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
          {t("session.back")}
        </Link>
      </div>
    );
  }

  const items: PlayerItem[] = session.items.flatMap((item) => {
    const exercise = getExercise(item.exerciseId);
    if (!exercise) return [];
    return [
      {
        name: exercise.name[locale],
        how: exercise.how[locale],
        watch: exercise.watch[locale],
        dose: doseParts(item.dose, t),
        figure: <ExerciseFigure exercise={exercise} locale={locale} />,
      },
    ];
  });
  const painRule = runPainRule(plan.intake, plan.settings);
  const title = t("session.title", { kind: t(`engine.session.${session.kind}`), minutes: session.minutes });
  return (
    <div className="space-y-4 pt-6">
      <Link href="/today" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
        {t("session.back")}
      </Link>
      <SessionPlayer
        session={{
          kind: session.kind,
          minutes: session.minutes,
          walkRun: session.walkRun,
          items: session.items,
          speed: session.speed,
        }}
        title={title}
        items={items}
        guide={<RunDayGuide session={session} painRule={painRule} t={t} />}
        cues={{ effort: t("session.runDay.effortShort"), pain: painRuleText(painRule, t) }}
      />
    </div>
  );
}
