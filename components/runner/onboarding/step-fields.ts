import type { FieldErrors } from "@/lib/server/onboarding/steps";

// What every step receives: the values to show (saved answers, or what was just typed) and the errors.
export type StepProps = {
  values: Record<string, string | string[]>;
  errors: FieldErrors | undefined;
  message: (field: string) => string | undefined;
  /** The physio fills the steps in for a patient (the invite's intake): the texts speak to the physio. */
  forPhysio?: boolean;
};

export const one = (value: string | string[] | undefined): string => (typeof value === "string" ? value : "");
