"use client";

import { memo } from "react";
import { FieldError } from "./field-error";

// A 0–10 pain score as native radio buttons (arrow keys and screen readers work as expected),
// laid out in two rows of large targets so it fits a 360 px screen. Memoised, with `onChange` taking
// the scale's name: a tap then re-renders only the scale it changed, not all four (INP on a slow phone).
type Props = {
  name: string;
  legend: string;
  hint?: string;
  value: number | undefined;
  onChange: (name: string, value: number) => void;
  /** What is wrong with the answer: marks the scale and is read with it. */
  error?: string;
  lowLabel: string;
  highLabel: string;
};

export const PainScale = memo(function PainScale({
  name,
  legend,
  hint,
  value,
  onChange,
  error,
  lowLabel,
  highLabel,
}: Props) {
  const invalid = Boolean(error);
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={`min-w-0 rounded-xl border p-3 ${invalid ? "border-red-700" : "border-slate-200"}`}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
    >
      <legend className="px-1 font-semibold">{legend}</legend>
      {hint ? <p className="text-sm text-muted">{hint}</p> : null}
      <FieldError id={errorId} message={error} />
      <div className="mt-2 grid grid-cols-6 gap-1.5">
        {Array.from({ length: 11 }, (_, score) => (
          <label key={score} className="relative">
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(name, score)}
              aria-describedby={invalid ? errorId : undefined}
              className="peer sr-only"
            />
            <span
              className={`flex min-h-12 cursor-pointer items-center justify-center rounded-lg border text-lg font-bold peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 ${
                value === score
                  ? score === 0
                    ? "border-brand-700 bg-brand-700 text-white"
                    : score <= 3
                      ? "border-amber-700 bg-amber-600 text-white"
                      : "border-red-800 bg-red-800 text-white"
                  : "border-slate-300 bg-white"
              }`}
            >
              {score}
            </span>
          </label>
        ))}
      </div>
      <p className="mt-1 flex justify-between text-xs text-muted">
        <span>0 = {lowLabel}</span>
        <span>10 = {highLabel}</span>
      </p>
    </fieldset>
  );
});
