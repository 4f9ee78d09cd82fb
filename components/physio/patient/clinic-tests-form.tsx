"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { NoteField } from "@/components/physio/control/note-field";
import type { ReadinessTestId } from "@/lib/engine";
import type { FormAction } from "@/lib/http/action-result";

type Box = "minutes" | "left" | "right" | "count" | "seconds";
const boxes: Record<ReadinessTestId, Box[]> = {
  walk: ["minutes"],
  calfRaise: ["left", "right"],
  singleLegSquat: ["left", "right"],
  hop: ["count", "seconds"],
  bridge: ["left", "right"],
  kneeFlexion: [],
};
const input = "mt-1 block min-h-11 w-full rounded-lg border bg-white px-2 text-base";

// The physio enters the running tests measured in the practice; a test left blank was not measured.
export function ClinicTestsForm({
  planId,
  tests,
  save,
}: {
  planId: string;
  /** The plan's tests with their names (the check-in's words come from the server: this page loads no check-in texts). */
  tests: readonly { id: ReadinessTestId; name: string }[];
  save: FormAction;
}) {
  const t = useTranslations("patient.clinicTests");
  const { action, onSubmit, pending, succeeded, invalid, error } = useKeptForm(save, { resetOnSuccess: true });
  const border = (name: string) => (invalid(name) ? "border-red-700" : "border-slate-400");
  const box = (id: ReadinessTestId, name: Box | "pain") => {
    const field = `${id}.${name}`;
    return (
      <div key={name} className="text-sm">
        <label htmlFor={`clinic-${id}-${name}`} className="block font-medium">
          {t(name)}
        </label>
        {name === "pain" ? (
          <select
            id={`clinic-${id}-${name}`}
            name={field}
            defaultValue=""
            aria-invalid={invalid(field)}
            aria-describedby={invalid(field) ? "clinic-tests-error" : undefined}
            className={`${input} ${border(field)}`}
          >
            <option value="">–</option>
            {Array.from({ length: 11 }, (_, i) => (
              <option key={i} value={i}>
                {i}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={`clinic-${id}-${name}`}
            name={field}
            type="number"
            inputMode="numeric"
            min={0}
            max={600}
            aria-invalid={invalid(field)}
            aria-describedby={invalid(field) ? "clinic-tests-error" : undefined}
            className={`${input} ${border(field)}`}
          />
        )}
      </div>
    );
  };
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <p className="text-sm text-muted">{t("lead")}</p>
      <FormMessage id="clinic-tests-error" message={error} />
      {succeeded ? <FormMessage tone="success" message={t("saved")} /> : null}
      {tests.map(({ id, name }) => (
        <fieldset key={id} className="rounded-lg border border-slate-200 p-3">
          <legend className="px-1 font-semibold">{name}</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {boxes[id].map((b) => box(id, b))}
            {box(id, "pain")}
          </div>
        </fieldset>
      ))}
      <NoteField id="clinic-tests-note" />
      <Button type="submit" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
