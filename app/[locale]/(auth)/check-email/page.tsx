import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { primaryButtonLink } from "@/components/ui/styles";

export async function generateMetadata({ params }: PageProps<"/[locale]/check-email">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "settings" });
  return { title: t("checkEmail.title") };
}

// After sign-up or a reset request: the same page whether or not the address has an account.
export default async function CheckEmailPage({ params, searchParams }: PageProps<"/[locale]/check-email">) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const query = await searchParams;
  const t = await getTranslations("settings.checkEmail");
  const isReset = query.for === "reset";
  const next = typeof query.next === "string" && /^\/(en|nl)\/[\w\-/]*$/.test(query.next) ? query.next : undefined;
  return (
    <div className="mx-auto max-w-md space-y-4 px-4 py-8">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p role="status" className="text-lg">
        {isReset ? t("reset") : t("signUp")}
      </p>
      <p className="text-muted">{t("tip")}</p>
      {isReset ? null : <p>{t("signInNow")}</p>}
      <Link href={next ? `/signin?next=${encodeURIComponent(next)}` : "/signin"} className={primaryButtonLink}>
        {t("signIn")}
      </Link>
    </div>
  );
}
