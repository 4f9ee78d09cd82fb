import type { TranslateIn } from "@/lib/i18n/app-config";

export type T = TranslateIn<"patient">;
export type DateText = (iso: string, pattern?: string) => string;
