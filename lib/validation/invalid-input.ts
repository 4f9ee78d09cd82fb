import type { z } from "zod";
import { AppError } from "@/lib/errors";

// A zod failure as INVALID_INPUT with the fields at fault, for a form to mark them.
export function invalidInput(error: z.ZodError): AppError {
  const fields = [...new Set(error.issues.map((issue) => issue.path.join(".") || "form"))];
  return new AppError("INVALID_INPUT", "errors.invalidInput", { fields });
}
