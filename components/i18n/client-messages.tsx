import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Messages } from "@/lib/i18n/app-config";

type ClientNamespace = keyof Messages | "engine.session";

// Client components get only the texts their screen needs: every namespace sent to the browser is
// in the HTML of every page, and the runner's phone downloads it over a mobile connection.
const baseNamespaces = ["common", "errors"] as const;

// A namespace may be a part of one ("engine.session": the session names, not every engine reason).
// `overrides` lays one namespace's texts over another's: the physio sees the runner's charts with
// texts that address the physio ("pijnscores van je patiënt"), from the same components.
export async function ClientMessages({
  namespaces = [],
  overrides = {},
  children,
}: {
  namespaces?: ClientNamespace[];
  overrides?: Partial<Record<keyof Messages, keyof Messages>>;
  children: ReactNode;
}) {
  const all = (await getMessages()) as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const ns of [...baseNamespaces, ...namespaces]) {
    const [top = "", ...rest] = ns.split(".");
    let node = all[top];
    for (const part of rest)
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    if (node === undefined) continue;
    let target = picked;
    for (const part of [top, ...rest].slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[[top, ...rest].at(-1) ?? top] = node;
  }
  for (const [target, source] of Object.entries(overrides))
    if (picked[target]) picked[target] = deepMerge(picked[target], all[source]);
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

function deepMerge(base: unknown, over: unknown): unknown {
  if (!over || typeof over !== "object" || !base || typeof base !== "object") return over ?? base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) out[key] = deepMerge(out[key], value);
  return out;
}
