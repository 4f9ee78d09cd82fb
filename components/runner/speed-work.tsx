import type { SpeedWork } from "@/lib/engine";
import type { Translate } from "@/lib/i18n/app-config";

// The hamstring speed stage after an easy run (Mendiguchia et al. 2017; Askling et al. 2013): the dose
// (how many, how long, how fast), an effort cue a runner can feel, and when to stop. Never a push.
export function SpeedWorkNote({ speed, t }: { speed: SpeedWork; t: Translate }) {
  const effort = speed.kind === "strides" ? "strides" : String(speed.effortPercent);
  return (
    <div className="mt-2 rounded-lg border-l-4 border-brand-700 bg-brand-50 p-3" data-testid="speed-work">
      <p className="font-semibold text-brand-900">{t("today.speed.title")}</p>
      <p className="mt-1">
        {speed.kind === "strides"
          ? t("today.speed.strides", { reps: speed.reps })
          : t("today.speed.progressive", { reps: speed.reps, effort: speed.effortPercent })}
      </p>
      <p className="mt-1 font-medium">{t("today.speed.effort", { effort })}</p>
      <p className="mt-1 text-sm">{t("today.speed.stop")}</p>
    </div>
  );
}

/** The same dose in a few words, for a day in a list ("+ 4 surges to 80 %"). */
export function speedWorkShort(speed: SpeedWork, t: Translate): string {
  return t("today.speed.short", { kind: speed.kind, reps: speed.reps, effort: speed.effortPercent });
}
