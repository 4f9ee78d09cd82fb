import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/routing";
import { AuthForm } from "@/components/auth/auth-form";
import { getSessionUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { signUpAction } from "../actions";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("auth.signUpTitle");

export default async function SignUpPage({ params }: PageProps<"/[locale]/signup">) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  if (await getSessionUser()) redirect(`/${locale}/today`);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-2xl font-bold text-brand-900">{t("signUpTitle")}</h1>
      <p className="mt-1 mb-6 text-muted">{t("signUpLead")}</p>
      <AuthForm mode="signup" locale={locale} action={signUpAction} />
      <p className="mt-6">
        {t("haveAccount")}{" "}
        <Link href="/signin" className="font-semibold text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
