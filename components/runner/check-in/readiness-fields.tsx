"use client";

import { useTranslations } from "next-intl";
import type { ReadinessTestId } from "@/lib/engine";

type TestId = ReadinessTestId;
type Box = "minutes" | "left" | "right" | "count" | "seconds" | "pain";
/** What the runner has typed for one ticked test so far; nothing is filled in for them. */
export type ReadinessEntry = Partial<Record<Box, number>>;
export type ReadinessDraft = Partial<Record<TestId, ReadinessEntry>>;

const boxes: Record<TestId, Exclude<Box, "pain">[]> = {
  walk: ["minutes"],
  calfRaise: ["left", "right"],
  singleLegSquat: ["left", "right"],
  hop: ["count", "seconds"],
  bridge: ["left", "right"],
  kneeFlexion: [],
};

/** Whether a ticked test has what its criterion needs: every box (the hop: hops or seconds) and the pain. */
export function isReadinessEntryComplete(id: TestId, entry: ReadinessEntry): boolean {
  if (entry.pain === undefined) return false;
  if (id === "hop") return entry.count !== undefined || entry.seconds !== undefined;
  return boxes[id].every((b) => entry[b] !== undefined);
}

// The readiness-to-run tests this runner's plan asks for in phase 3 (the engine's readinessTestsFor:
// Goom's four, or for a hamstring the bridge and resisted knee flexion too). Ticking a test opens empty
// boxes: the runner enters what they measured, never a value that passes for them.
export function ReadinessFields({
  tests,
  value,
  onChange,
  incomplete = [],
}: {
  tests: readonly TestId[];
  value: ReadinessDraft;
  onChange: (value: ReadinessDraft) => void;
  /** Ticked tests the runner has not filled in yet (marked after a refused save). */
  incomplete?: readonly TestId[];
}) {
  const t = useTranslations("checkIn.readiness");
  const set = (id: TestId, next: ReadinessEntry | undefined) => {
    const copy = { ...value };
    if (next) copy[id] = next;
    else delete copy[id];
    onChange(copy);
  };
  const numberOrUndefined = (raw: string) => (raw.trim() === "" ? undefined : Number(raw));
  return (
    <fieldset className="space-y-3 rounded-xl border border-slate-200 p-3">
      <legend className="px-1 font-semibold">{t("title")}</legend>
      <p className="text-sm text-muted">{t("lead")}</p>
      {tests.map((id) => {
        const current = value[id];
        const invalid = incomplete.includes(id) || undefined;
        const field = (box: Box) => `readiness-${id}-${box}`;
        const mark = (box: Box) => invalid && current?.[box] === undefined;
        return (
          <div key={id} className={`rounded-lg border p-3 ${invalid ? "border-red-700" : "border-slate-200"}`}>
            <label className="flex min-h-11 items-center gap-3 font-medium">
              <input
                type="checkbox"
                className="size-6 shrink-0 accent-brand-700"
                checked={!!current}
                onChange={(e) => set(id, e.target.checked ? {} : undefined)}
              />
              {t(`test.${id}`)}
            </label>
            {current ? (
              <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {boxes[id].map((box) => (
                  <div key={box} className="text-sm">
                    <label htmlFor={field(box)} className="block font-medium">
                      {t(`count.${box}`)}
                    </label>
                    <input
                      id={field(box)}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={box === "seconds" ? 600 : box === "minutes" ? 300 : 500}
                      value={current[box] ?? ""}
                      aria-invalid={mark(box) || undefined}
                      onChange={(e) => set(id, { ...current, [box]: numberOrUndefined(e.target.value) })}
                      className={`mt-1 block min-h-11 w-full rounded-lg border px-2 ${mark(box) ? "border-red-700" : "border-slate-400"}`}
                    />
                  </div>
                ))}
                <div className="text-sm">
                  <label htmlFor={field("pain")} className="block font-medium">
                    {t("pain")}
                  </label>
                  <select
                    id={field("pain")}
                    value={current.pain ?? ""}
                    aria-invalid={mark("pain") || undefined}
                    onChange={(e) => set(id, { ...current, pain: numberOrUndefined(e.target.value) })}
                    className={`mt-1 block min-h-11 w-full rounded-lg border bg-white px-2 ${mark("pain") ? "border-red-700" : "border-slate-400"}`}
                  >
                    <option value="">{t("choosePain")}</option>
                    {Array.from({ length: 11 }, (_, i) => (
                      <option key={i} value={i}>
                        {i}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
