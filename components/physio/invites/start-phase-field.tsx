"use client";

import { useTranslations } from "next-intl";
import { LabelledControl } from "@/components/ui/labelled-control";

// The phase the patient starts in, from the physio's assessment; phase 1 unless the physio says otherwise.
export function StartPhaseField({ defaultValue }: { defaultValue?: string | string[] }) {
  const t = useTranslations("control.startPhase");
  return (
    <LabelledControl id="invite-start-phase" label={t("label")} hint={t("hint")}>
      {(control) => (
        <select
          {...control}
          name="startPhase"
          defaultValue={typeof defaultValue === "string" ? defaultValue : "1"}
          className="mt-1 block min-h-12 w-full max-w-xs rounded-lg border border-slate-400 bg-white px-3"
        >
          {([1, 2, 3, 4] as const).map((p) => (
            <option key={p} value={p}>
              {t(`phase${p}`)}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}
