"use client";

import { useTranslations } from "next-intl";
import type { Step } from "@/lib/client/session-player/steps";
import type { PlayerItem } from "./player-item";
import { phaseOf } from "./player-dock";
import { stepLabel } from "./step-label";
import { card } from "@/components/ui/styles";

type Props = {
  step: Step;
  steps: readonly Step[];
  index: number;
  items: PlayerItem[];
  /** On a run day: how easy, and the pain limit, shown while running. */
  cues?: RunCues;
};

export type RunCues = { effort: string; pain?: string };

// What the runner reads mid-session: the exercise (picture, dose) or the interval block, and what comes
// next. The countdown and the buttons are in the dock at the bottom of the screen (player-dock.tsx).
export function StepPanel({ step, steps, index, items, cues }: Props) {
  const t = useTranslations("session");
  const item = step.item >= 0 ? items[step.item] : undefined;
  const upcoming = steps[index + 1];
  const total = new Set(steps.map((s) => s.item)).size;
  return (
    <section aria-label={item?.name ?? phaseOf(step, t)} className={`space-y-3 ${card}`}>
      {item ? (
        <>
          <p className="text-sm font-semibold text-muted">
            {t("exerciseOf", { index: [...new Set(steps.map((s) => s.item))].indexOf(step.item) + 1, total })}
          </p>
          <h2 className="text-xl font-bold text-brand-900">{item.name}</h2>
          <div className="mx-auto max-w-sm">{item.figure}</div>
          <p className="font-medium">{item.dose.join(" · ")}</p>
        </>
      ) : null}
      {step.set ? (
        <p className="text-lg font-semibold">
          {t("set", { set: step.set, sets: step.sets ?? 1 })}
          {step.side ? ` · ${t(step.side)}` : ""}
        </p>
      ) : null}
      {step.block ? (
        <p className="text-lg font-semibold">{t("block", { block: step.block, blocks: step.blocks ?? 1 })}</p>
      ) : null}
      {cues && (step.kind === "jog" || step.kind === "run") ? (
        <div className="space-y-1" data-testid="run-cues">
          <p className="text-lg font-semibold text-brand-900">{cues.effort}</p>
          {cues.pain ? <p>{cues.pain}</p> : null}
        </div>
      ) : null}
      {step.kind === "reps" ? <p>{t("doReps", { reps: step.reps ?? 0 })}</p> : null}
      {upcoming ? <p className="text-sm text-muted">{t("upNext", { what: stepLabel(upcoming, t, items) })}</p> : null}
      {item ? (
        <details className="rounded-lg border border-slate-200 p-3 text-sm">
          <summary className="min-h-11 cursor-pointer font-semibold">{item.name}</summary>
          <p className="mt-1">{item.how}</p>
          <p className="mt-1 text-muted">{item.watch}</p>
        </details>
      ) : null}
    </section>
  );
}
