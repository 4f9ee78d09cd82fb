import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** The AppError a service call was refused with (the test fails if it resolved or threw something else). */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
