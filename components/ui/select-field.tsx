import type { ReactNode, SelectHTMLAttributes } from "react";
import { LabelledControl, type LabelledControlProps } from "./labelled-control";
import { selectBox } from "./styles";

export type SelectOption = { value: string | number; label: ReactNode };

export type SelectFieldProps = Omit<LabelledControlProps, "children"> &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className" | "children"> & {
    options: SelectOption[];
    /** The select's own classes (the wrapper's are `className`). */
    selectClassName?: string;
  };

// A labelled drop-down list: the options as data, the label/hint/error wiring from LabelledControl.
export function SelectField({ options, selectClassName = selectBox, ...props }: SelectFieldProps) {
  const { id, label, hint, error, errorId, invalid, labelClassName, className, ...select } = props;
  return (
    <LabelledControl {...{ id, label, hint, error, errorId, invalid, labelClassName, className }}>
      {(control) => (
        <select {...control} {...select} className={selectClassName}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}

/** Options whose label is their number (a pain score, a count). */
export const numberOptions = (values: number[]): SelectOption[] => values.map((value) => ({ value, label: value }));
