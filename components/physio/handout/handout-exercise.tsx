import { doseParts } from "@/components/exercise/dose-text";
import { ExerciseFigure } from "@/components/exercise/exercise-figure";
import type { Exercise, SessionItem } from "@/lib/engine";
import type { Translate } from "@/lib/i18n/app-config";

// One exercise on paper: its key poses side by side (no animation on paper), the dose, how to do
// it and what to watch. Picture beside the text on A4 and desktop, above it on a phone.
export function HandoutExercise({
  index,
  exercise,
  item,
  locale,
  t,
}: {
  index: number;
  exercise: Exercise;
  item: SessionItem;
  locale: "en" | "nl";
  t: Translate;
}) {
  return (
    <li className="break-inside-avoid rounded border border-slate-300 p-3">
      <h3 className="text-lg font-bold">
        {index}. {exercise.name[locale]}
      </h3>
      <div className="mt-2 flex flex-col gap-3 sm:flex-row print:flex-row">
        <ExerciseFigure
          exercise={exercise}
          locale={locale}
          variant="strip"
          className="w-full max-w-64 shrink-0 text-black sm:w-56 print:w-[55mm]"
        />
        <div className="min-w-0">
          <p className="font-semibold">{doseParts(item.dose, t).join(" · ")}</p>
          <p className="mt-1">
            <span className="font-semibold">{t("program.handout.how")}: </span>
            {exercise.how[locale]}
          </p>
          <p className="mt-1 text-sm">
            <span className="font-semibold">{t("today.watch")}: </span>
            {exercise.watch[locale]}
          </p>
        </div>
      </div>
    </li>
  );
}
