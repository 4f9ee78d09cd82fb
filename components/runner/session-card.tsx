import { doseText } from "@/components/physio/program/dose-text";
import { getExercise, type Session } from "@/lib/engine";

type Text = { t: (key: string, params?: Record<string, string | number>) => string; date?: (iso: string, pattern?: string) => string };

// One planned session: what, how long, and the exercises with how / why / what to watch.
export function SessionCard({ session, locale, text }: { session: Session; locale: "en" | "nl"; text: Text }) {
  const { t } = text;
  const exercises = session.exercises.map((id) => getExercise(id)).filter((e) => e !== undefined);
  const isCrossTraining = session.kind === "cross_training";
  return (
    <article className="rounded-xl border border-brand-100 bg-white p-4 shadow-sm">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-bold text-brand-900">{t(`engine.session.${session.kind}`)}</h3>
        <p className="font-semibold">
          {session.minutes > 0 ? t("today.minutes", { minutes: session.minutes }) : null}
          {session.load ? <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-900">{t(`engine.load.${session.load}`)}</span> : null}
        </p>
      </header>
      {session.walkRun ? (
        <p className="mt-2">{t("today.walkRun", { blocks: session.walkRun.blocks, jog: session.walkRun.jogMinutes, walk: session.walkRun.walkMinutes })}</p>
      ) : null}
      {session.eased ? <p className="mt-2 text-sm font-medium text-amber-900">{t("today.eased")}</p> : null}
      {session.byPhysio ? (
        <div className="mt-2 rounded-lg border-l-4 border-brand-700 bg-brand-50 p-2 text-sm">
          <p className="font-semibold text-brand-900">{t("program.byPhysio", { date: text.date ? text.date(session.byPhysio.on, "d MMMM") : session.byPhysio.on })}</p>
          {session.byPhysio.instruction ? <p>{t("program.instructionFromPhysio", { text: session.byPhysio.instruction })}</p> : null}
        </div>
      ) : null}
      {exercises.length > 0 ? (
        <>
          {isCrossTraining ? <p className="mt-2 text-muted">{t("today.chooseOne")}</p> : null}
          <ul className="mt-3 space-y-2">
            {exercises.map((exercise) => (
              <li key={exercise.id}>
                <details className="group rounded-lg border border-slate-200 p-3 open:bg-brand-50">
                  <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 font-semibold">
                    <span>
                      {exercise.name[locale]}
                      {session.byPhysio ? <span className="block text-sm font-normal">{doseOf(session, exercise.id, t)}</span> : null}
                    </span>
                    <span aria-hidden className="text-brand-700 group-open:rotate-180">▾</span>
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

// The physio's dose of an exercise in this session (an exercise appears once in a program).
function doseOf(session: Session, exerciseId: string, t: Text["t"]): string {
  const item = session.items.find((i) => i.exerciseId === exerciseId);
  return item ? doseText(item.dose, t) : "";
}
