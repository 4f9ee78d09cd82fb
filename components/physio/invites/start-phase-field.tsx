"use client";

import { useTranslations } from "next-intl";

// The phase the patient starts in, from the physio's assessment; phase 1 unless the physio says otherwise.
export function StartPhaseField({ defaultValue }: { defaultValue?: string | string[] }) {
  const t = useTranslations("control.startPhase");
  return (
    <div>
      <label htmlFor="invite-start-phase" className="block font-semibold">
        {t("label")}
      </label>
      <p id="invite-start-phase-hint" className="text-sm text-muted">
        {t("hint")}
      </p>
      <select
        id="invite-start-phase"
        name="startPhase"
        defaultValue={typeof defaultValue === "string" ? defaultValue : "1"}
        aria-describedby="invite-start-phase-hint"
        className="mt-1 block min-h-12 w-full max-w-xs rounded-lg border border-slate-400 bg-white px-3"
      >
        {([1, 2, 3, 4] as const).map((p) => (
          <option key={p} value={p}>
            {t(`phase${p}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
