"use client";

import { useTranslations } from "next-intl";
import type { ReadinessTestId, ReadinessTests } from "@/lib/engine";

export type ReadinessDraft = ReadinessTests;
type TestId = ReadinessTestId;

const counts: Record<TestId, ("minutes" | "left" | "right" | "count")[]> = {
  walk: ["minutes"],
  calfRaise: ["left", "right"],
  singleLegSquat: ["left", "right"],
  hop: ["count"],
  bridge: ["left", "right"],
  kneeFlexion: [],
};

const defaults: Required<{ [K in TestId]: NonNullable<ReadinessTests[K]> }> = {
  walk: { minutes: 30, pain: 0 },
  calfRaise: { left: 20, right: 20, pain: 0 },
  singleLegSquat: { left: 10, right: 10, pain: 0 },
  hop: { count: 15, pain: 0 },
  bridge: { left: 20, right: 20, pain: 0 },
  kneeFlexion: { pain: 0 },
};

// The readiness-to-run tests this runner's plan asks for in phase 3 (the engine's readinessTestsFor:
// Goom's four, or for a hamstring the bridge and resisted knee flexion too): tick the ones done today.
export function ReadinessFields({
  tests,
  value,
  onChange,
}: {
  tests: readonly TestId[];
  value: ReadinessDraft;
  onChange: (value: ReadinessDraft) => void;
}) {
  const t = useTranslations("checkIn.readiness");
  const set = (id: TestId, next: Record<string, number> | undefined) => {
    const copy = { ...value } as Record<string, unknown>;
    if (next) copy[id] = next;
    else delete copy[id];
    onChange(copy as ReadinessDraft);
  };
  return (
    <fieldset className="space-y-3 rounded-xl border border-slate-200 p-3">
      <legend className="px-1 font-semibold">{t("title")}</legend>
      <p className="text-sm text-muted">{t("lead")}</p>
      {tests.map((id) => {
        const current = value[id] as Record<string, number> | undefined;
        return (
          <div key={id} className="rounded-lg border border-slate-200 p-3">
            <label className="flex min-h-11 items-center gap-3 font-medium">
              <input
                type="checkbox"
                className="size-6 shrink-0 accent-brand-700"
                checked={!!current}
                onChange={(e) => set(id, e.target.checked ? { ...defaults[id] } : undefined)}
              />
              {t(`test.${id}`)}
            </label>
            {current ? (
              <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {counts[id].map((c) => (
                  <label key={c} className="block text-sm">
                    <span className="block font-medium">{t(`count.${c}`)}</span>
                    <input
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={500}
                      value={current[c] ?? 0}
                      onChange={(e) => set(id, { ...current, [c]: Number(e.target.value) })}
                      className="mt-1 block min-h-11 w-full rounded-lg border border-slate-400 px-2"
                    />
                  </label>
                ))}
                <label className="block text-sm">
                  <span className="block font-medium">{t("pain")}</span>
                  <select
                    value={current.pain ?? 0}
                    onChange={(e) => set(id, { ...current, pain: Number(e.target.value) })}
                    className="mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-2"
                  >
                    {Array.from({ length: 11 }, (_, i) => (
                      <option key={i} value={i}>
                        {i}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
