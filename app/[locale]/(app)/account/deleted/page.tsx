import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { primaryButtonLink } from "@/components/ui/styles";

export async function generateMetadata({ params }: PageProps<"/[locale]/account/deleted">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "account" });
  return { title: t("deleted.title") };
}

// Where a deleted account lands, signed out: a confirmation and the way home.
export default async function AccountDeletedPage({ params }: PageProps<"/[locale]/account/deleted">) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const t = await getTranslations("account.deleted");
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p role="status">{t("body")}</p>
      <Link href="/" className={primaryButtonLink}>
        {t("home")}
      </Link>
    </div>
  );
}
