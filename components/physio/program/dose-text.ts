import type { Dose } from "@/lib/engine";

type T = (key: string, params?: Record<string, string | number>) => string;

// One line for a dose, e.g. "3 × 15 reps · rest 60 s · each side · Lower in 3 s · Backpack with 5 kg".
// `t` is the root translator (keys under "program.").
export function doseText(dose: Dose, t: T): string {
  const parts: string[] = [];
  const { sets } = dose;
  if (dose.reps !== undefined) parts.push(sets ? t("program.dose.setsReps", { sets, reps: dose.reps }) : t("program.dose.reps", { reps: dose.reps }));
  if (dose.holdSeconds !== undefined) parts.push(sets ? t("program.dose.setsHold", { sets, seconds: dose.holdSeconds }) : t("program.dose.hold", { seconds: dose.holdSeconds }));
  if (dose.seconds !== undefined) parts.push(sets ? t("program.dose.setsSeconds", { sets, seconds: dose.seconds }) : t("program.dose.seconds", { seconds: dose.seconds }));
  if (dose.minutes !== undefined) parts.push(t("program.dose.minutes", { minutes: dose.minutes }));
  if (dose.restSeconds) parts.push(t("program.dose.rest", { seconds: dose.restSeconds }));
  if (dose.side) parts.push(t(`program.side.${dose.side}`));
  if (dose.tempo) parts.push(t(`program.tempo.${dose.tempo}`));
  parts.push(t(`program.load.${dose.load}`));
  return parts.join(" · ");
}
