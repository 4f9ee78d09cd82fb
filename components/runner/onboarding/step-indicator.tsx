import { useTranslations } from "next-intl";
import type { StepId } from "@/lib/server/onboarding/steps";

// "Step 2 of 5" in words, and the same as a bar of segments; the current one is aria-current="step".
export function StepIndicator({ steps, current }: { steps: readonly StepId[]; current: number }) {
  const t = useTranslations("onboarding");
  return (
    <div className="mt-4">
      <p className="text-sm font-semibold text-brand-700">
        {t("progress", { current: current + 1, total: steps.length })}
      </p>
      <ol className="mt-2 flex gap-1" aria-label={t("progressLabel")}>
        {steps.map((step, index) => (
          <li key={step} aria-current={index === current ? "step" : undefined} className="flex-1">
            <span
              aria-hidden
              className={`block h-2 rounded-full ${index <= current ? "bg-brand-700" : "bg-slate-300"}`}
            />
            <span className="sr-only">
              {t(`steps.${step}`)}
              {index < current ? ` (${t("stepDone")})` : ""}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
