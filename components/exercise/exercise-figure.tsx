import type { Exercise } from "@/lib/engine";
import { figureTop } from "./figure-geometry";
import { BodyDrawing, FootDrawing } from "./figure-parts";

type Locale = "en" | "nl";

function Drawing({ exercise, pose }: { exercise: Exercise; pose?: number }) {
  const { figure } = exercise;
  const seconds = figure.seconds ?? 3;
  if (figure.kind === "foot") {
    const poses = pose === undefined ? figure.poses : figure.poses.slice(pose, pose + 1);
    return <FootDrawing poses={poses} seconds={seconds} />;
  }
  const poses = pose === undefined ? figure.poses : figure.poses.slice(pose, pose + 1);
  return <BodyDrawing figure={figure} poses={poses} seconds={seconds} />;
}

function altTexts(exercise: Exercise, locale: Locale): string[] {
  return exercise.figure.poses.map((p) => p.alt[locale]);
}

/**
 * Our own drawing of an exercise: the key poses animated in a loop, or, for people who asked for
 * less motion (and on paper), the key poses side by side. Colour comes from `currentColor`.
 */
export function ExerciseFigure({
  exercise,
  locale,
  className = "",
  variant = "auto",
}: {
  exercise: Exercise;
  locale: Locale;
  className?: string;
  variant?: "auto" | "strip";
}) {
  const alts = altTexts(exercise, locale);
  const top = exercise.figure.kind === "body" ? figureTop(exercise.figure) : 0;
  const viewBox = `0 ${top} 160 ${100 - top}`;
  const strip = (
    <div className={`${variant === "auto" ? "hidden motion-reduce:flex" : "flex"} gap-1`} data-testid="figure-strip">
      {alts.map((alt, i) => (
        <svg key={i} viewBox={viewBox} role="img" aria-label={alt} className="h-auto min-w-0 flex-1">
          <Drawing exercise={exercise} pose={i} />
        </svg>
      ))}
    </div>
  );
  return (
    <figure className={`text-brand-900 ${className}`} data-exercise={exercise.id}>
      {variant === "auto" ? (
        <svg
          viewBox={viewBox}
          role="img"
          aria-label={`${exercise.name[locale]}: ${alts.join(" → ")}`}
          className="h-auto w-full motion-reduce:hidden"
          data-testid="figure-animated"
        >
          <Drawing exercise={exercise} />
        </svg>
      ) : null}
      {strip}
    </figure>
  );
}
