import { defineRouting } from "next-intl/routing";

export const locales = ["en", "nl"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({ locales, defaultLocale: "en" });

/** The route's locale segment as a Locale (the layout already 404s on any other value). */
export function toLocale(value: string): Locale {
  return (locales as readonly string[]).includes(value) ? (value as Locale) : routing.defaultLocale;
}
