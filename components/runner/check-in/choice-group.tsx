"use client";

import { useId, type ReactNode } from "react";
import { RadioCard, RadioFieldset } from "./radio-fieldset";

type Option<T extends string | number> = { value: T; label: ReactNode; hint?: ReactNode };
type Props<T extends string | number> = {
  name: string;
  legend: string;
  options: Option<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  /** What is wrong with the answer: marks the group and is read with it. */
  error?: string;
  columns?: string;
};

// A labelled group of native radios shown as large cards.
export function ChoiceGroup<T extends string | number>({
  name,
  legend,
  options,
  value,
  onChange,
  error,
  columns = "grid-cols-1",
}: Props<T>) {
  const errorId = useId();
  return (
    <RadioFieldset legend={legend} error={error} errorId={errorId}>
      <div className={`mt-2 grid gap-2 ${columns}`}>
        {options.map((option) => (
          <RadioCard
            key={String(option.value)}
            name={name}
            value={String(option.value)}
            checked={value === option.value}
            onSelect={() => onChange(option.value)}
            errorId={error ? errorId : undefined}
            className="relative block"
            cardClassName={`block min-h-12 rounded-lg border px-3 py-2 ${
              value === option.value
                ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700"
                : "border-slate-300 bg-white"
            }`}
          >
            <span className="block font-medium break-words">{option.label}</span>
            {option.hint ? <span className="block text-sm text-muted">{option.hint}</span> : null}
          </RadioCard>
        ))}
      </div>
    </RadioFieldset>
  );
}
