// The card every screen is built from: one look for a block of content, kept in one place.
export const card = "rounded-xl border border-brand-100 bg-white p-4 shadow-sm";
