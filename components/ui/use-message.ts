"use client";

import { useTranslations } from "next-intl";

type Params = Record<string, string | number>;

// Translate a message key that arrives as data (an action's error, an engine reason).
export function useMessage(): (key: string, params?: Params) => string {
  const t = useTranslations() as unknown as (key: string, params?: Params) => string;
  return t;
}
