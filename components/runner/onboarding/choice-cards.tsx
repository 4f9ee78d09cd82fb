import type { ReactNode } from "react";

type Choice = { value: string; label: string; help?: string };

type Props = {
  name: string;
  legend: string;
  hint?: ReactNode;
  choices: Choice[];
  type?: "radio" | "checkbox";
  selected: readonly string[];
  error?: string;
  columns?: 1 | 2;
};

// Big tappable cards for a radio or checkbox group: a fieldset with a legend, the hint and the error
// tied to every option, so a screen reader hears what to fix when it lands on the group.
export function ChoiceCards({ name, legend, hint, choices, type = "radio", selected, error, columns = 1 }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="min-w-0">
      <legend className="text-lg font-semibold">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <div className={`mt-2 grid gap-2 ${columns === 2 ? "grid-cols-2 sm:grid-cols-3" : ""}`}>
        {choices.map((choice) => {
          const id = `${name}-${choice.value}`;
          return (
            <label
              key={choice.value}
              htmlFor={id}
              className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600 ${error ? "border-red-700" : "border-slate-400"}`}
            >
              <input
                id={id}
                type={type}
                name={name}
                value={choice.value}
                defaultChecked={selected.includes(choice.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={[choice.help ? `${id}-help` : null, errorId].filter(Boolean).join(" ") || undefined}
                className="mt-1 size-5 shrink-0 accent-brand-700"
              />
              <span className="min-w-0">
                <span className="block font-semibold">{choice.label}</span>
                {choice.help ? (
                  <span id={`${id}-help`} className="block text-sm text-muted">
                    {choice.help}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
