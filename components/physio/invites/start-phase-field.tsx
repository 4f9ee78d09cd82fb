"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";

// The phase the patient starts in, from the physio's assessment; phase 1 unless the physio says otherwise.
export function StartPhaseField({ defaultValue }: { defaultValue?: string | string[] }) {
  const t = useTranslations("control.startPhase");
  return (
    <SelectField
      id="invite-start-phase"
      label={t("label")}
      hint={t("hint")}
      name="startPhase"
      defaultValue={typeof defaultValue === "string" ? defaultValue : "1"}
      selectClassName="mt-1 block min-h-12 w-full max-w-xs rounded-lg border border-slate-400 bg-white px-3"
      options={([1, 2, 3, 4] as const).map((p) => ({ value: p, label: t(`phase${p}`) }))}
    />
  );
}
