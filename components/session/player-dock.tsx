"use client";

import { useTranslations } from "next-intl";
import type { Step } from "@/lib/client/session-player/steps";
import { useSoundSetting } from "./feedback";

type Props = {
  step: Step;
  clock: string;
  paused: boolean;
  onPause: () => void;
  onSkip: () => void;
  onStop: () => void;
  onSetDone: () => void;
};

const control =
  "inline-flex min-h-12 flex-auto items-center justify-center rounded-lg border border-brand-700 bg-white px-2 leading-tight font-semibold text-brand-900 [overflow-wrap:normal] hover:bg-brand-50";

/** The phase of a step in one word: what the runner does now. */
export function phaseOf(step: Step, t: ReturnType<typeof useTranslations<"session">>): string {
  if (step.kind === "rest" || step.kind === "hold") return t(step.kind);
  if (step.kind === "jog" || step.kind === "walk" || step.kind === "run") return t(step.kind);
  if (step.kind === "warmup" || step.kind === "cooldown") return t(step.kind);
  return t("work");
}

// Fixed to the bottom of the screen while a session runs (the app's menu gives way meanwhile): the
// countdown and the buttons stay in view however long the exercise's picture and text above are.
export function PlayerDock({ step, clock, paused, onPause, onSkip, onStop, onSetDone }: Props) {
  const t = useTranslations("session");
  const [soundOn, setSoundOn] = useSoundSetting();
  const calm = step.kind === "rest" || step.kind === "walk" || step.kind === "warmup" || step.kind === "cooldown";
  return (
    <div
      data-testid="player-dock"
      className="fixed inset-x-0 bottom-0 z-50 border-t border-brand-100 bg-white pb-[env(safe-area-inset-bottom)] shadow-[0_-2px_8px_rgb(0_0_0/0.08)]"
    >
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-2">
        <div className="flex items-center gap-2">
          {step.kind === "reps" ? (
            <button
              type="button"
              onClick={onSetDone}
              className="inline-flex min-h-14 flex-1 items-center justify-center rounded-lg bg-brand-700 px-3 text-xl font-semibold text-white hover:bg-brand-900"
            >
              {t("setDone")}
            </button>
          ) : (
            <>
              <div className="min-w-0 flex-1">
                <p className={`text-xl leading-tight font-bold ${calm ? "text-sky-900" : "text-brand-900"}`}>
                  {phaseOf(step, t)}
                </p>
                <p className="text-sm text-muted">{paused ? t("paused") : t("left_time", { time: clock })}</p>
              </div>
              <p className="font-mono text-5xl font-bold tabular-nums" data-testid="clock">
                {clock}
              </p>
            </>
          )}
          <button
            type="button"
            aria-pressed={soundOn}
            aria-label={t("sound")}
            title={t("sound")}
            onClick={() => setSoundOn(!soundOn)}
            className="inline-flex size-12 shrink-0 items-center justify-center rounded-lg border border-slate-300 text-brand-900 aria-pressed:bg-brand-50"
          >
            <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
              {soundOn ? (
                <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" />
              ) : (
                <path d="M16 9l6 6M22 9l-6 6" />
              )}
            </svg>
          </button>
        </div>
        <div className="flex gap-2">
          {step.ms > 0 ? (
            <button type="button" className={control} onClick={onPause}>
              {paused ? t("resume") : t("pause")}
            </button>
          ) : null}
          <button type="button" className={control} onClick={onSkip}>
            {t("skip")}
          </button>
          <button type="button" className={control} onClick={onStop}>
            {t("stop")}
          </button>
        </div>
      </div>
    </div>
  );
}
