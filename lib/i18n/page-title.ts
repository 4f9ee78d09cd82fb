// A page's own title (WCAG 2.4.2) from one message key; the locale layout's template adds " · Comeback".
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { MessageKey } from "./app-config";
import { toLocale } from "./routing";

export function titleFrom(key: MessageKey) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: toLocale((await params).locale) });
    return { title: t(key) };
  };
}
