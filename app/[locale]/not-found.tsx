import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-xl px-4 py-16">
      {/* not-found has no generateMetadata; React hoists this title into the head. */}
      <title>{t("pageTitle")}</title>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("body")}</p>
      <Link href="/" className="mt-6 inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
        {t("home")}
      </Link>
    </div>
  );
}
