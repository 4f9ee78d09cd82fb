import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/routing";
import { NewPasswordForm } from "@/components/auth/new-password-form";
import { Link } from "@/lib/i18n/navigation";
import { resetPasswordAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/reset-password">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "settings" });
  return { title: t("reset.title"), robots: { index: false } };
}

// The link from the reset email. better-auth checks the token (single use, 30 minutes) on submit.
export default async function ResetPasswordPage({ params, searchParams }: PageProps<"/[locale]/reset-password">) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const { token } = await searchParams;
  const t = await getTranslations("settings");
  if (typeof token !== "string" || token.length < 10 || token.length > 200) {
    return (
      <div className="mx-auto max-w-md space-y-4 px-4 py-8">
        <h1 className="text-2xl font-bold text-brand-900">{t("reset.invalidTitle")}</h1>
        <p>{t("errors.resetLinkInvalid")}</p>
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
          {t("reset.askNew")}
        </Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-2xl font-bold text-brand-900">{t("reset.title")}</h1>
      <p className="mt-1 mb-6 text-muted">{t("reset.lead")}</p>
      <NewPasswordForm locale={locale} token={token} action={resetPasswordAction} />
      <p className="mt-6">
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
          {t("reset.askNew")}
        </Link>
      </p>
    </div>
  );
}
