import type { TranslateIn } from "@/lib/i18n/app-config";

export type T = TranslateIn<"patient">;
export type { DateText } from "@/lib/i18n/formats";
