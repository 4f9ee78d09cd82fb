import { describe, expect, it } from "vitest";
import { isConnectionFailure, isUniqueViolation } from "@/lib/db/pg-errors";

// A starting server waits for the database only when it was not reached; a refusal by the database
// (a missing grant, a missing table) is an answer and stops the start at once.
describe("isConnectionFailure", () => {
  it.each([
    ["the pool's connect timeout (no SQLSTATE)", new Error("timeout exceeded when trying to connect"), true],
    [
      "a refused socket",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      true,
    ],
    [
      "a connection-class SQLSTATE under drizzle's wrapper",
      new Error("Failed query", { cause: { code: "08006" } }),
      true,
    ],
    ["the server still starting", { code: "57P03" }, true],
    ["permission denied", new Error("Failed query", { cause: { code: "42501" } }), false],
    ["a missing table", { code: "42P01" }, false],
  ])("%s → %s", (_name, error, expected) => {
    expect(isConnectionFailure(error)).toBe(expected);
  });

  it("a unique violation is not a connection failure, and is still found as one", () => {
    const error = new Error("Failed query", { cause: { code: "23505", constraint: "users_email_key" } });
    expect(isConnectionFailure(error)).toBe(false);
    expect(isUniqueViolation(error, "users_email_key")).toBe(true);
  });
});
