"use client";

import { memo } from "react";
import { RadioCard, RadioFieldset } from "./radio-fieldset";

// Pain-free green, low pain amber, more red: the colour says the same as the number.
const chosenColour = (score: number) =>
  score === 0
    ? "border-brand-700 bg-brand-700 text-white"
    : score <= 3
      ? "border-amber-700 bg-amber-600 text-white"
      : "border-red-800 bg-red-800 text-white";

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
  const errorId = `${name}-error`;
  return (
    <RadioFieldset legend={legend} hint={hint} error={error} errorId={errorId}>
      <div className="mt-2 grid grid-cols-6 gap-1.5">
        {Array.from({ length: 11 }, (_, score) => (
          <RadioCard
            key={score}
            name={name}
            value={score}
            checked={value === score}
            onSelect={() => onChange(name, score)}
            errorId={error ? errorId : undefined}
            className="relative"
            cardClassName={`flex min-h-12 items-center justify-center rounded-lg border text-lg font-bold ${
              value === score ? chosenColour(score) : "border-slate-300 bg-white"
            }`}
          >
            {score}
          </RadioCard>
        ))}
      </div>
      <p className="mt-1 flex justify-between text-xs text-muted">
        <span>0 = {lowLabel}</span>
        <span>10 = {highLabel}</span>
      </p>
    </RadioFieldset>
  );
});
