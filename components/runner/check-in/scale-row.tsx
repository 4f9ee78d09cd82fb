"use client";

import { RadioCard } from "./radio-fieldset";

// A 0–10 (or 1–10) score as one row of native radios, each a segment at least 24 x 40 CSS px at a 360 px
// wide screen (WCAG 2.2 target size minimum is 24 x 24): arrow keys move the choice, a screen reader hears
// "3, radio, 4 of 11". One row instead of two rows of large cards keeps a day's four scales on one screen.
export function ScaleRow({
  name,
  from,
  value,
  onSelect,
  errorId,
  chosenClass,
}: {
  name: string;
  /** 0 for a pain score (eleven segments), 1 for an effort score (ten): the last is always 10. */
  from: 0 | 1;
  value: number | undefined;
  onSelect: (value: number) => void;
  /** The question's error, read with each radio while there is one. */
  errorId?: string;
  /** The chosen segment's colours: filled, with white digits, so the choice shows without colour vision too. */
  chosenClass: (score: number) => string;
}) {
  const scores = Array.from({ length: 11 - from }, (_, i) => from + i);
  return (
    <div className={`mt-1.5 grid gap-0.5 ${from === 0 ? "grid-cols-11" : "grid-cols-10"}`}>
      {scores.map((score) => (
        <RadioCard
          key={score}
          name={name}
          value={score}
          checked={value === score}
          onSelect={() => onSelect(score)}
          errorId={errorId}
          className="relative block"
          cardClassName={`flex h-10 items-center justify-center rounded-md border text-base font-bold tabular-nums ${
            value === score ? chosenClass(score) : errorId ? "border-red-700 bg-white" : "border-slate-400 bg-white"
          }`}
        >
          {score}
        </RadioCard>
      ))}
    </div>
  );
}
