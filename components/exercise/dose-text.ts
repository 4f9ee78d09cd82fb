import { isWeighedLoad, type Dose } from "@/lib/engine";
import type { Translate } from "@/lib/i18n/app-config";

type T = Translate;

/** The amount in one short phrase: "3 × 15", "5 × 45 s hold", "90 s", "40 min". */
function doseAmount(dose: Dose, t: T): string {
  const sets = dose.sets ?? 1;
  if (dose.minutes !== undefined) return t("dose.minutes", { minutes: dose.minutes });
  if (dose.reps !== undefined) {
    const amount = sets > 1 ? t("dose.setsReps", { sets, reps: dose.reps }) : t("dose.reps", { reps: dose.reps });
    return dose.holdSeconds !== undefined ? `${amount}, ${t("dose.holdEach", { seconds: dose.holdSeconds })}` : amount;
  }
  if (dose.holdSeconds !== undefined)
    return sets > 1
      ? t("dose.setsHold", { sets, seconds: dose.holdSeconds })
      : t("dose.hold", { seconds: dose.holdSeconds });
  const seconds = dose.seconds ?? 0;
  return sets > 1 ? t("dose.setsSeconds", { sets, seconds }) : t("dose.seconds", { seconds });
}

/** The whole dose as short parts, most important first: amount, times a day, side, tempo, load, rest. */
export function doseParts(dose: Dose, t: T): string[] {
  const parts = [doseAmount(dose, t)];
  if (dose.timesPerDay !== undefined) parts.push(t("dose.timesPerDay", { times: dose.timesPerDay }));
  if (dose.side === "each") parts.push(t("dose.side.each"));
  if (dose.tempo) parts.push(t(`dose.tempo.${dose.tempo}`));
  parts.push(
    isWeighedLoad(dose.load)
      ? t(`dose.load.${dose.load}`, { amount: dose.loadAmount ?? 0 })
      : t(`dose.load.${dose.load}`),
  );
  if (dose.restSeconds && (dose.sets ?? 1) > 1) parts.push(t("dose.rest", { seconds: dose.restSeconds }));
  return parts;
}
