// The looks every screen is built from, each kept in one place (Tailwind classes; components/ui has the
// components that need behaviour too).

/** A block of content. */
export const card = "rounded-xl border border-brand-100 bg-white p-4 shadow-sm";

/** A link that looks like a secondary button (a large touch target). */
export const buttonLink =
  "inline-flex min-h-11 items-center rounded-lg border border-brand-700 px-4 font-semibold text-brand-900 hover:bg-brand-50";

/** A link that looks like the primary button (a download, the next step): a large touch target. */
export const primaryButtonLink =
  "inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-900";

/** A text link with a touch target of 44 px. */
export const textLink = "inline-flex min-h-11 items-center font-medium text-brand-900 underline";
