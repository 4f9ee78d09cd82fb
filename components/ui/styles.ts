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

/** A multi-line text box (a note, an instruction). */
export const textArea = "mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-2";

/** A drop-down list that fills its column (a filter, a choice in a form): a large touch target. */
export const selectBox = "mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3";

/** The label of a small control (a filter, a threshold). */
export const smallLabel = "block text-sm font-semibold";
