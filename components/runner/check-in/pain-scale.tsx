"use client";

import { memo, type ReactNode } from "react";
import { FieldError } from "./field-error";
import { ScaleRow } from "./scale-row";

// Pain-free green, low pain amber, more red: the colour says the same as the number.
const chosenColour = (score: number) =>
  score === 0
    ? "border-brand-700 bg-brand-700 text-white"
    : score <= 3
      ? "border-amber-700 bg-amber-600 text-white"
      : "border-red-800 bg-red-800 text-white";

/** The id of the "0 = no pain … 10 = worst" line that every scale of the day is described by. */
export const PAIN_ANCHORS_ID = "pain-anchors";

// The day's pain scales in one box under one "0 = no pain, 10 = worst" line, so each scale is a label, a
// hint and a row of eleven radios (about 90 px at 360 px wide, where two rows of cards took 200).
export function PainScales({
  lowLabel,
  highLabel,
  children,
}: {
  lowLabel: string;
  highLabel: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 p-3">
      <p id={PAIN_ANCHORS_ID} className="flex justify-between gap-2 text-sm text-muted">
        <span>0 = {lowLabel}</span>
        <span className="text-right">10 = {highLabel}</span>
      </p>
      {children}
    </div>
  );
}

// One 0–10 pain score: a fieldset named by its visible legend (the radios of one name are one group for
// the keyboard), described by its hint and the anchors. The chosen score is repeated beside the legend, as
// a thumb on the row can hide it. Memoised, with `onChange` taking the scale's name: a tap then re-renders
// only the scale it changed, not all four (INP on a slow phone).
type Props = {
  name: string;
  legend: string;
  hint?: string;
  value: number | undefined;
  onChange: (name: string, value: number) => void;
  /** What is wrong with the answer: marks the scale and is read with it. */
  error?: string;
};

export const PainScale = memo(function PainScale({ name, legend, hint, value, onChange, error }: Props) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const invalid = Boolean(error);
  // What is wrong first (heard before the hint), then what the scale asks and what its ends mean.
  const describedBy = [invalid ? errorId : null, hint ? hintId : null, PAIN_ANCHORS_ID].filter(Boolean).join(" ");
  return (
    <fieldset
      className={`relative min-w-0 ${invalid ? "rounded-lg outline-2 outline-offset-4 outline-red-700" : ""}`}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    >
      <legend className="pr-14 font-semibold">{legend}</legend>
      {value === undefined ? null : (
        <span aria-hidden="true" className="absolute top-0 right-0 font-bold tabular-nums">
          {value}/10
        </span>
      )}
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
      <ScaleRow
        name={name}
        from={0}
        value={value}
        onSelect={(score) => onChange(name, score)}
        errorId={invalid ? errorId : undefined}
        chosenClass={chosenColour}
      />
    </fieldset>
  );
});
