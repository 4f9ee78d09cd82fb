"use client";

import { useId, type ReactNode } from "react";
import { FieldError } from "./field-error";

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
  const invalid = Boolean(error);
  return (
    <fieldset
      className={`min-w-0 rounded-xl border p-3 ${invalid ? "border-red-700" : "border-slate-200"}`}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
    >
      <legend className="px-1 font-semibold">{legend}</legend>
      <FieldError id={errorId} message={error} />
      <div className={`mt-2 grid gap-2 ${columns}`}>
        {options.map((option) => (
          <label key={String(option.value)} className="relative block">
            <input
              type="radio"
              name={name}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={invalid ? errorId : undefined}
              className="peer sr-only"
            />
            <span
              className={`block min-h-12 cursor-pointer rounded-lg border px-3 py-2 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 ${
                value === option.value
                  ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700"
                  : "border-slate-300 bg-white"
              }`}
            >
              <span className="block font-medium break-words">{option.label}</span>
              {option.hint ? <span className="block text-sm text-muted">{option.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
