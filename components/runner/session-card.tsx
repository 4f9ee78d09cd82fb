import { doseParts } from "@/components/exercise/dose-text";
import { ExerciseFigure } from "@/components/exercise/exercise-figure";
import { getExercise, type RunPainRule, type Session } from "@/lib/engine";
import { Link } from "@/lib/i18n/navigation";
import { card } from "@/components/ui/styles";
import { RunDayGuide } from "./run-day-guide";
import { SpeedWorkNote } from "./speed-work";
import type { Translate } from "@/lib/i18n/app-config";
import type { DateText } from "@/lib/i18n/formats";

type Text = { t: Translate; date?: DateText };

// One planned session: what, how long, and each exercise with its picture and dose; how / why /
// what to watch fold open. `playIndex` links to the session player (today only).
export function SessionCard({
  session,
  locale,
  text,
  playIndex,
  painRule,
}: {
  session: Session;
  locale: "en" | "nl";
  text: Text;
  playIndex?: number;
  /** The plan's pain limit, shown on a run day. */
  painRule?: RunPainRule;
}) {
  const { t } = text;
  const items = session.items.flatMap((item) => {
    const exercise = getExercise(item.exerciseId);
    return exercise ? [{ exercise, dose: item.dose }] : [];
  });
  const isCrossTraining = session.kind === "cross_training";
  const playable =
    playIndex !== undefined && (items.length > 0 || session.kind === "walk_run" || session.kind === "run");
  return (
    <article className={card}>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-bold text-brand-900">{t(`engine.session.${session.kind}`)}</h3>
        <p className="font-semibold">
          {session.minutes > 0 ? t("today.minutes", { minutes: session.minutes }) : null}
          {session.load ? (
            <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-900">
              {t(`engine.load.${session.load}`)}
            </span>
          ) : null}
        </p>
      </header>
      <RunDayGuide session={session} painRule={painRule} t={t} />
      {session.speed ? <SpeedWorkNote speed={session.speed} t={t} /> : null}
      {session.eased ? <p className="mt-2 text-sm font-medium text-amber-900">{t("today.eased")}</p> : null}
      {session.byPhysio ? (
        <div className="mt-2 rounded-lg border-l-4 border-brand-700 bg-brand-50 p-2 text-sm">
          <p className="font-semibold text-brand-900">
            {t("program.byPhysio", {
              date: text.date ? text.date(session.byPhysio.on, "dayMonthLong") : session.byPhysio.on,
            })}
          </p>
          {session.byPhysio.instruction ? (
            <p>{t("program.instructionFromPhysio", { text: session.byPhysio.instruction })}</p>
          ) : null}
        </div>
      ) : null}
      {playable ? (
        <Link
          href={`/session/${playIndex}`}
          className="mt-3 inline-flex min-h-12 w-full items-center justify-center rounded-lg border-2 border-brand-700 px-4 font-semibold text-brand-900 hover:bg-brand-50"
        >
          ▶ {t("session.start")}
        </Link>
      ) : null}
      {items.length > 0 ? (
        <>
          {isCrossTraining ? <p className="mt-2 text-muted">{t("today.chooseOne")}</p> : null}
          <ul className="mt-3 space-y-2">
            {items.map(({ exercise, dose }) => (
              <li key={exercise.id} className="rounded-lg border border-slate-200 p-3" data-testid="exercise-item">
                <div className="flex items-start gap-3">
                  <ExerciseFigure exercise={exercise} locale={locale} className="w-28 shrink-0 sm:w-36" />
                  <div className="min-w-0">
                    <p className="font-semibold">{exercise.name[locale]}</p>
                    <p className="text-sm" data-testid="dose">
                      {doseParts(dose, t).join(" · ")}
                    </p>
                  </div>
                </div>
                <details className="group mt-2">
                  <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 text-sm font-semibold text-brand-700">
                    <span>
                      {t("today.how")} · {t("today.why")} · {t("today.watch")}
                      <span className="sr-only">: {exercise.name[locale]}</span>
                    </span>
                    <span aria-hidden className="group-open:rotate-180">
                      ▾
                    </span>
                  </summary>
                  <dl className="mt-2 space-y-2 text-sm">
                    <div>
                      <dt className="font-semibold">{t("today.how")}</dt>
                      <dd>{exercise.how[locale]}</dd>
                    </div>
                    <div>
                      <dt className="font-semibold">{t("today.why")}</dt>
                      <dd>{exercise.why[locale]}</dd>
                    </div>
                    <div>
                      <dt className="font-semibold">{t("today.watch")}</dt>
                      <dd>{exercise.watch[locale]}</dd>
                    </div>
                  </dl>
                </details>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
