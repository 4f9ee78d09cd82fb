import type { ReactNode } from "react";

/** What the control inside a LabelledControl must carry so its label, hint and error reach screen readers. */
export type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

export type LabelledControlProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** An error shown under the control (gets the id `${id}-error`). */
  error?: ReactNode;
  /** The id of an error shown elsewhere in the form, referenced while `invalid`. */
  errorId?: string;
  invalid?: boolean;
  labelClassName?: string;
  className?: string;
  /** Renders the select, textarea or input; spread the props onto it. */
  children: (control: ControlProps) => ReactNode;
};

// The label / hint / control / error markup every hand-written select and textarea repeated; the control itself
// stays at the call site (its name, value and looks differ), this keeps the ids and aria wiring in one place.
export function LabelledControl(props: LabelledControlProps) {
  const { id, hint, error, errorId, invalid, labelClassName = "block font-semibold" } = props;
  const describedBy =
    [hint ? `${id}-hint` : null, invalid && errorId ? errorId : null, error ? `${id}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <div className={props.className}>
      <label htmlFor={id} className={labelClassName}>
        {props.label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {props.children({ id, "aria-describedby": describedBy, "aria-invalid": invalid || error ? true : undefined })}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
