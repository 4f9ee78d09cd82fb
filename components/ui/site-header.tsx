import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const nav = await getTranslations("nav");
  return (
    <header className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="inline-flex min-h-11 items-center text-lg font-bold text-brand-900">
          {t("appName")}
        </Link>
        <div className="flex flex-wrap items-center gap-1">
          <Link
            href="/today"
            className="hidden min-h-11 items-center rounded-md px-3 font-medium text-brand-900 hover:bg-brand-100 sm:inline-flex"
          >
            {nav("openApp")}
          </Link>
          <LocaleSwitcher />
        </div>
      </div>
    </header>
  );
}
