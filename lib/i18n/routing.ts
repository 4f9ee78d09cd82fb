import { defineRouting } from "next-intl/routing";

export const locales = ["en", "nl"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({ locales, defaultLocale: "en" });

/** A route segment, form field or stored preference as a Locale; anything else is the default. */
export function toLocale(value: unknown): Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value)
    ? (value as Locale)
    : routing.defaultLocale;
}
