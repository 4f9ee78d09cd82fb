"use client";

import { useTranslations } from "next-intl";
import { useRegionalFormatter } from "@/components/i18n/regional-format";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { LabelledControl } from "@/components/ui/labelled-control";
import { SelectField } from "@/components/ui/select-field";
import { selectBox, textArea } from "@/components/ui/styles";
import { useMessage } from "@/components/ui/use-message";
import { isWeighedLoad, slotDose, type Dose, type LoadKey } from "@/lib/engine";
import type { ProgramSlot } from "@/lib/server/plan/patient-program";
import { DoseFields, type DraftDose } from "./dose-fields";
import { ExercisePicker, type LibraryEntry } from "./exercise-picker";
import type { FormAction } from "@/lib/http/action-result";
import { dateText } from "@/lib/i18n/formats";

type Draft = { key: number; exerciseId: string; dose: DraftDose };

const toDraft = (dose: Dose): DraftDose => {
  const s = (v: number | string | undefined) => (v === undefined ? "" : String(v));
  return {
    sets: s(dose.sets),
    reps: s(dose.reps),
    holdSeconds: s(dose.holdSeconds),
    seconds: s(dose.seconds),
    minutes: s(dose.minutes),
    restSeconds: s(dose.restSeconds),
    timesPerDay: s(dose.timesPerDay),
    tempo: s(dose.tempo),
    side: s(dose.side),
    load: dose.load,
    loadAmount: s(dose.loadAmount),
  };
};

// Blank fields are left out; what was typed goes as a number, so the server's limits judge it. An amount
// goes only with a load in kg or % of body weight (switching back to "body weight" drops it).
const fromDraft = (draft: DraftDose) =>
  Object.fromEntries(
    Object.entries(draft).flatMap(([field, value]) =>
      value === "" || (field === "loadAmount" && !isWeighedLoad(draft.load as LoadKey))
        ? []
        : [[field, ["tempo", "side", "load"].includes(field) ? value : Number(value)]],
    ),
  );

// The physio's program for one patient: pick the session (phase + kind), then swap, add, remove,
// reorder and dose its exercises, with an instruction. Saved as one program_change event.
export function ProgramEditor({
  planId,
  slots,
  initial,
  library,
  save,
}: {
  planId: string;
  slots: ProgramSlot[];
  initial: number;
  library: LibraryEntry[];
  save: FormAction;
}) {
  const t = useTranslations("program");
  const [index, setIndex] = useState(initial);
  const slot = slots[index] ?? slots[0]!;
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">{t("lead")}</p>
      <SelectField
        id="program-slot"
        label={t("slot")}
        value={index}
        onChange={(e) => setIndex(Number(e.target.value))}
        selectClassName={`${selectBox} max-w-xs`}
        options={slots.map((s, i) => ({
          value: i,
          label: t("slotName", { session: t(`session.${s.purpose}`), phase: s.phase }),
        }))}
      />
      <SlotEditor key={index} planId={planId} slot={slot} library={library} save={save} />
    </div>
  );
}

function SlotEditor({
  planId,
  slot,
  library,
  save,
}: {
  planId: string;
  slot: ProgramSlot;
  library: LibraryEntry[];
  save: FormAction;
}) {
  const t = useTranslations("program");
  const date = dateText(useRegionalFormatter());
  const message = useMessage();
  const [state, action, pending] = useActionState(save, undefined);
  const fromSlot = () =>
    slot.items.map((item, key) => ({ key, exerciseId: item.exerciseId, dose: toDraft(item.dose) }));
  const [items, setItems] = useState<Draft[]>(fromSlot);
  const [nextKey, setNextKey] = useState(slot.items.length);
  // When the saved program changes (a save, a reset), the list follows it; the success message stays.
  const saved = JSON.stringify(slot);
  const [seen, setSeen] = useState(saved);
  if (seen !== saved) {
    setSeen(saved);
    setItems(fromSlot());
    setNextKey(slot.items.length);
  }
  const failed = state && !state.ok ? state : undefined;
  const badItem = typeof failed?.params?.item === "number" ? failed.params.item - 1 : -1;
  const names = new Map(library.map((e) => [e.id, e]));
  const nameOf = (id: string) => names.get(id)?.name ?? id;
  const allowed = library.filter((e) =>
    slot.sessionKind === "strength"
      ? e.category === "strength"
      : e.category === "mobility" || e.category === "foam_roll",
  );
  const update = (key: number, change: Partial<Draft>) =>
    setItems((all) => all.map((d) => (d.key === key ? { ...d, ...change } : d)));
  const move = (from: number, to: number) =>
    setItems((all) => {
      const next = [...all];
      const [item] = next.splice(from, 1);
      next.splice(to, 0, item!);
      return next;
    });
  // An exercise added or swapped in starts with its own dose for this session (as the engine would
  // prescribe it here), never with the dose of the exercise it replaces.
  const doseFor = (entry: LibraryEntry) => toDraft(slotDose(entry, slot.dosing));
  const swap = (key: number, exerciseId: string) => {
    const entry = names.get(exerciseId);
    if (entry) update(key, { exerciseId, dose: doseFor(entry) });
  };
  const add = (entry: LibraryEntry) => {
    setItems((all) => [...all, { key: nextKey, exerciseId: entry.id, dose: doseFor(entry) }]);
    setNextKey((k) => k + 1);
  };
  const payload = JSON.stringify(items.map((d) => ({ exerciseId: d.exerciseId, dose: fromDraft(d.dose) })));

  return (
    // The server judges every field and names the exercise and field it refuses (the browser's own
    // bubbles would name neither, and not in the page's language).
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="phase" value={slot.phase} />
      <input type="hidden" name="sessionKind" value={slot.sessionKind} />
      <input type="hidden" name="items" value={payload} />
      <p className="text-sm font-medium text-brand-900">
        {slot.changedOn ? t("inUse", { date: date(slot.changedOn, "dayLong") }) : t("standard")}
      </p>
      <FormMessage
        message={
          failed
            ? message(failed.error, { ...failed.params, exercise: nameOf(items[badItem]?.exerciseId ?? "") })
            : undefined
        }
      />
      {state?.ok ? <FormMessage tone="success" message={t("saved")} /> : null}
      <h3 className="font-semibold">{t("exercises")}</h3>
      {items.length === 0 ? <p className="text-muted">{t("none")}</p> : null}
      <ol className="space-y-3">
        {items.map((item, i) => {
          const entry = names.get(item.exerciseId);
          const name = entry?.name ?? item.exerciseId;
          return (
            <li
              key={item.key}
              className={`rounded-lg border p-3 ${i === badItem ? "border-red-700 bg-red-50" : "border-slate-200"}`}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-semibold">
                  {i + 1}. {name}
                </p>
                <div className="flex gap-1">
                  <button
                    type="button"
                    onClick={() => move(i, i - 1)}
                    disabled={i === 0}
                    aria-label={t("moveUp", { name })}
                    className="min-h-11 min-w-11 rounded-lg border border-slate-300 disabled:opacity-40"
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    onClick={() => move(i, i + 1)}
                    disabled={i === items.length - 1}
                    aria-label={t("moveDown", { name })}
                    className="min-h-11 min-w-11 rounded-lg border border-slate-300 disabled:opacity-40"
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    onClick={() => setItems((all) => all.filter((d) => d.key !== item.key))}
                    aria-label={t("remove", { name })}
                    className="min-h-11 min-w-11 rounded-lg border border-red-300 text-red-900"
                  >
                    ✕
                  </button>
                </div>
              </div>
              <fieldset className="mt-2">
                <legend className="sr-only">{t("doseOf", { name })}</legend>
                <label htmlFor={`swap-${item.key}`} className="block text-xs font-semibold">
                  {t("swap")}
                </label>
                <select
                  id={`swap-${item.key}`}
                  value={item.exerciseId}
                  onChange={(e) => swap(item.key, e.target.value)}
                  className="mt-0.5 mb-2 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-2"
                >
                  {(allowed.some((e) => e.id === item.exerciseId)
                    ? allowed
                    : [...allowed, { id: item.exerciseId, name }]
                  ).map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.name}
                    </option>
                  ))}
                </select>
                <DoseFields
                  id={`dose-${item.key}`}
                  dose={item.dose}
                  invalid={i === badItem}
                  onChange={(dose) => update(item.key, { dose })}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <ExercisePicker library={allowed} phase={slot.purpose.startsWith("tendon") ? null : slot.phase} onAdd={add} />
      <LabelledControl id="program-instruction" label={t("instruction")} hint={t("instructionHint")}>
        {(control) => (
          <textarea
            {...control}
            name="instruction"
            maxLength={500}
            rows={2}
            defaultValue={slot.instruction ?? ""}
            className={textArea}
          />
        )}
      </LabelledControl>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
        {slot.changedOn ? (
          <Button type="submit" name="reset" value="1" variant="secondary" disabled={pending}>
            {t("reset")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
