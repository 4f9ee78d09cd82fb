import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/routing";
import { AuthForm } from "@/components/auth/auth-form";
import { getSessionUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { physioSignUpAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio-signup">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "account" });
  return { title: t("physioSignUp.title") };
}

export default async function PhysioSignUpPage({ params }: PageProps<"/[locale]/physio-signup">) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  if (await getSessionUser()) redirect(`/${locale}/today`);
  const [t, ta] = await Promise.all([getTranslations("account.physioSignUp"), getTranslations("auth")]);
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-1 text-muted">{t("lead")}</p>
      <ul className="mt-3 mb-6 list-disc space-y-1 pl-5 text-sm text-muted">
        <li>{t("pointInvite")}</li>
        <li>{t("pointConsent")}</li>
        <li>{t("pointRegistration")}</li>
      </ul>
      <AuthForm mode="signup" physio locale={locale} action={physioSignUpAction} />
      <p className="mt-6">
        {ta("haveAccount")}{" "}
        <Link href="/signin" className="font-semibold text-brand-700 underline">
          {ta("signInLink")}
        </Link>
      </p>
      <p className="mt-3">
        {t("runnerQuestion")}{" "}
        <Link href="/signup" className="font-semibold text-brand-700 underline">
          {t("runnerLink")}
        </Link>
      </p>
    </div>
  );
}
