import { z } from "zod";
import { SessionKind } from "@/lib/engine";

// The player hands what was done to the check-in through its URL: /check-in?kind=walk_run&minutes=20&completed=1.
const Prefill = z.object({
  kind: SessionKind.exclude(["rest"]),
  minutes: z.coerce.number().int().min(0).max(600),
  completed: z.enum(["0", "1"]).transform((v) => v === "1"),
});
export type Prefill = z.infer<typeof Prefill>;

/** The pre-fill from the check-in's search params; anything malformed is ignored, never an error. */
export function readPrefill(params: Record<string, string | string[] | undefined>): Prefill | null {
  const parsed = Prefill.safeParse({ kind: params.kind, minutes: params.minutes, completed: params.completed });
  return parsed.success ? parsed.data : null;
}

export function prefillQuery(prefill: { kind: string; minutes: number; completed: boolean }): string {
  return new URLSearchParams({
    kind: prefill.kind,
    minutes: String(prefill.minutes),
    completed: prefill.completed ? "1" : "0",
  }).toString();
}
