// Messages per namespace, one file per screen area, so each area's texts live in one place.
import { engineNamespace } from "../reason-text";
import type { Locale } from "../routing";

const namespaces = [
  "meta",
  "common",
  "nav",
  "landing",
  "notFound",
  "auth",
  "errors",
  "onboarding",
  "plan",
  "today",
  "checkIn",
  "progress",
  "calendar",
  "causes",
  "physio",
  "patient",
  "invite",
  "account",
  "offline",
  "rules",
  "corrections",
  "rulesPage",
  "dose",
  "session",
  "control",
  "program",
  "settings",
  "twoFactor",
  "messages",
  "notify",
  "progressForPhysio",
  "outcome",
] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`./${locale}/${ns}.json`)).default] as const),
  );
  return { ...Object.fromEntries(entries), engine: engineNamespace(locale) };
}
