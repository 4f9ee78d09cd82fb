"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { SelectField } from "@/components/ui/select-field";
import { smallLabel } from "@/components/ui/styles";
import type { Dose, Exercise, ExerciseCategory, Muscle } from "@/lib/engine";

/** A library exercise as the editor needs it: the name already in the page's language. */
export type LibraryEntry = {
  id: string;
  category: ExerciseCategory;
  name: string;
  muscles: Muscle[];
  phases: number[];
  dose: Dose;
  stageDoses: Exercise["stageDoses"];
};

// Add from the library, filtered by muscle group and (by default) by the session's phase. Tendon
// loading (phases 1–2) uses exercises the library files under later phases: no phase filter there.
export function ExercisePicker({
  library,
  phase,
  onAdd,
}: {
  library: LibraryEntry[];
  phase: number | null;
  onAdd: (entry: LibraryEntry) => void;
}) {
  const t = useTranslations("program");
  const id = useId();
  const [muscle, setMuscle] = useState("");
  const [onlyPhase, setOnlyPhase] = useState(true);
  const muscles = [...new Set(library.flatMap((e) => e.muscles))];
  const matches = library.filter(
    (e) =>
      (!muscle || e.muscles.includes(muscle as Muscle)) && (phase === null || !onlyPhase || e.phases.includes(phase)),
  );
  const [picked, setPicked] = useState("");
  const chosen = matches.find((e) => e.id === picked) ?? matches[0];
  return (
    <fieldset className="rounded-lg border border-dashed border-brand-700 p-3">
      <legend className="px-1 font-semibold">{t("add")}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        <SelectField
          id={`${id}-muscle`}
          label={t("muscle")}
          labelClassName={smallLabel}
          value={muscle}
          onChange={(e) => setMuscle(e.target.value)}
          options={[
            { value: "", label: t("allMuscles") },
            ...muscles.map((m) => ({ value: m, label: t(`muscles.${m}`) })),
          ]}
        />
        {phase === null ? null : (
          <label className="flex min-h-11 items-center gap-2 self-end">
            <input
              type="checkbox"
              checked={onlyPhase}
              onChange={(e) => setOnlyPhase(e.target.checked)}
              className="size-5"
            />
            <span>{t("onlyPhase", { phase })}</span>
          </label>
        )}
      </div>
      {matches.length === 0 ? (
        <p className="mt-2 text-muted">{t("noneMatch")}</p>
      ) : (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <SelectField
            id={`${id}-exercise`}
            label={t("exercises")}
            labelClassName={smallLabel}
            className="min-w-0 flex-1"
            value={chosen?.id ?? ""}
            onChange={(e) => setPicked(e.target.value)}
            options={matches.map((e) => ({ value: e.id, label: e.name }))}
          />
          <button
            type="button"
            onClick={() => chosen && onAdd(chosen)}
            className="min-h-11 rounded-lg border border-brand-700 px-4 font-semibold text-brand-900 hover:bg-brand-50"
          >
            {t("addButton")}
          </button>
        </div>
      )}
    </fieldset>
  );
}
