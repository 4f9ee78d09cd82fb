// One parse of a submitted form against its schema, the same in the browser (Conform's onValidate)
// and in the server action; every zod issue becomes a message key (with its parameters) that the
// form translates, so no English text of zod's reaches a user.
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import { encodeMessage } from "./message";

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const limit = (value: unknown) => Number(value);

/** The message key for a zod issue the schema gave no message of its own. */
export function messageKeyOf(issue: Issue): string {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string")
        return limit(issue.minimum) <= 1
          ? "errors.required"
          : encodeMessage("errors.tooShort", { min: limit(issue.minimum) });
      if (issue.origin === "number") return encodeMessage("errors.tooSmall", { min: limit(issue.minimum) });
      return "errors.required";
    case "too_big":
      if (issue.origin === "string") return encodeMessage("errors.tooLong", { max: limit(issue.maximum) });
      if (issue.origin === "number") return encodeMessage("errors.tooBig", { max: limit(issue.maximum) });
      return "errors.invalidField";
    case "invalid_type":
      return issue.input === undefined ? "errors.required" : "errors.invalidField";
    case "invalid_value":
      return "errors.invalidChoice";
    case "invalid_format":
      return issue.format === "email" ? "errors.invalidEmail" : "errors.invalidField";
    default:
      return "errors.invalidField";
  }
}

// A message of a shared schema written for developers ("Expected a calendar date") is no key: the
// field gets the general one instead, never an untranslatable English sentence.
const isMessageKey = (message: string) => /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+(\?.*)?$/.test(message);

export function parseForm<S extends z.ZodType>(form: FormData | URLSearchParams, schema: S) {
  return parseWithZod(form, {
    schema,
    error: (issue) => messageKeyOf(issue),
    formatError: (issues: z.core.$ZodIssue[]) =>
      issues.map((i) => (isMessageKey(i.message) ? i.message : "errors.invalidField")),
  });
}
