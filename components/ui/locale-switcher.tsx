"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/routing";

// The chosen language is remembered in next-intl's cookie, so "/" opens it next time. Set here on the tap
// itself: the middleware leaves a cookie from an earlier visit in place when a prefixed URL is opened.
function rememberLocale(locale: string) {
  document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=31536000; samesite=lax`;
}

export function LocaleSwitcher() {
  const t = useTranslations("common");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("language")}>
      <ul className="flex gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              onClick={() => rememberLocale(locale)}
              aria-current={locale === current ? "true" : undefined}
              aria-label={t(`languageName.${locale}`)}
              className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 font-medium ${
                locale === current ? "bg-brand-700 text-white" : "text-brand-900 hover:bg-brand-100"
              }`}
            >
              <span aria-hidden className="sm:hidden">
                {locale.toUpperCase()}
              </span>
              <span aria-hidden className="hidden sm:inline">
                {t(`languageName.${locale}`)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
