import type { ReactNode } from "react";
import { FieldError } from "./field-error";

// One check-in question answered with native radios: the group marks itself and is read with its error when the
// answer is at fault, so a screen reader hears why the form was refused.
export function RadioFieldset({
  legend,
  hint,
  error,
  errorId,
  children,
}: {
  legend: string;
  hint?: string;
  error?: string;
  errorId: string;
  children: ReactNode;
}) {
  const invalid = Boolean(error);
  return (
    <fieldset
      className={`min-w-0 rounded-xl border p-3 ${invalid ? "border-red-700" : "border-slate-200"}`}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
    >
      <legend className="px-1 font-semibold">{legend}</legend>
      {hint ? <p className="text-sm text-muted">{hint}</p> : null}
      <FieldError id={errorId} message={error} />
      {children}
    </fieldset>
  );
}

// A native radio shown as a large card: hidden but focusable, the card shows focus and the choice.
export function RadioCard({
  name,
  value,
  checked,
  onSelect,
  errorId,
  className,
  cardClassName,
  children,
}: {
  name: string;
  value: string | number;
  checked: boolean;
  onSelect: () => void;
  /** The group's error, read with the radio while there is one. */
  errorId?: string;
  className: string;
  cardClassName: string;
  children: ReactNode;
}) {
  return (
    <label className={className}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onSelect}
        aria-describedby={errorId}
        className="peer sr-only"
      />
      <span
        className={`${cardClassName} cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600`}
      >
        {children}
      </span>
    </label>
  );
}
