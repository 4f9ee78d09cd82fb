"use client";

import { useId } from "react";
import { RadioFieldset } from "./radio-fieldset";
import { ScaleRow } from "./scale-row";

// How hard the day's training was (RPE, 1–10) as one row of ten radios, like the pain scales.
export function EffortScale({
  legend,
  value,
  onChange,
  error,
}: {
  legend: string;
  value: number | undefined;
  onChange: (value: number) => void;
  error?: string;
}) {
  const errorId = useId();
  return (
    <RadioFieldset legend={legend} error={error} errorId={errorId}>
      <ScaleRow
        name="rpe"
        from={1}
        value={value}
        onSelect={onChange}
        errorId={error ? errorId : undefined}
        chosenClass={() => "border-brand-700 bg-brand-700 text-white"}
      />
    </RadioFieldset>
  );
}
