// Engine decisions arrive as message keys with parameters; these turn them into the runner's
// language. Flat engine keys ("reason.gate.passed") are nested under the "engine" namespace.
import { engineMessages } from "./engine-messages";
import type { DateText } from "./formats";

type Params = Record<string, string | number>;
export type ReasonLike = { key: string; params?: Params };

function nestMessages(flat: Record<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(flat)) {
    const parts = key.split(".");
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] = text;
  }
  return root;
}

export function engineNamespace(locale: "en" | "nl") {
  return nestMessages(engineMessages[locale]);
}

// Dates inside reasons read as "Tuesday 3 December", not 2026-12-03.
export function formatReasonParams(params: Params | undefined, date: DateText): Params | undefined {
  if (!params) return undefined;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? date(v, "weekday") : v,
    ]),
  );
}

/**
 * `physio` says whether a physio follows the plan: texts that mention one ("your physio is told") drop
 * that part for a self-guided runner ("self"); left out, they keep it (the physio's own pages).
 */
export function reasonText(t: (key: string, params?: Params) => string, date: DateText, physio?: "self" | "linked") {
  return (reason: ReasonLike) =>
    t(`engine.${reason.key}`, { ...formatReasonParams(reason.params, date), physio: physio ?? "linked" });
}
