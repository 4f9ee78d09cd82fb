import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/routing";
import { EmailForm } from "@/components/auth/email-form";
import { forgotPasswordAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/forgot-password">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "settings" });
  return { title: t("forgot.title") };
}

export default async function ForgotPasswordPage({ params }: PageProps<"/[locale]/forgot-password">) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const [t, ta] = await Promise.all([getTranslations("settings.forgot"), getTranslations("auth")]);
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-1 mb-6 text-muted">{t("lead")}</p>
      <EmailForm locale={locale} label={ta("email")} submit={t("submit")} action={forgotPasswordAction} />
    </div>
  );
}
