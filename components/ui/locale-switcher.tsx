"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/routing";

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
