import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/routing";
import { AuthForm } from "@/components/auth/auth-form";
import { getSessionUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { signInAction } from "../actions";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("auth.signInTitle");

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/signin">) {
  const { locale } = await params;
  const { next, reset, confirmed, error } = await searchParams;
  setRequestLocale(toLocale(locale));
  if (await getSessionUser()) redirect(`/${locale}/today`);
  const t = await getTranslations("auth");
  const ta = await getTranslations("account");
  const ts = await getTranslations("settings");
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="mb-6 text-2xl font-bold text-brand-900">{t("signInTitle")}</h1>
      {confirmed === "1" && !error ? (
        <p role="status" className="mb-4 rounded-lg bg-brand-50 p-3 font-medium text-brand-900">
          {t("confirmed")}
        </p>
      ) : null}
      {typeof error === "string" ? (
        <p role="alert" className="mb-4 rounded-lg bg-amber-50 p-3 font-medium text-amber-900">
          {t("linkInvalid")}
        </p>
      ) : null}
      {reset === "1" ? (
        <p role="status" className="mb-4 rounded-lg bg-brand-50 p-3 font-medium text-brand-900">
          {ts("reset.done")}
        </p>
      ) : null}
      <AuthForm
        mode="signin"
        locale={locale}
        next={typeof next === "string" ? next : undefined}
        action={signInAction}
      />
      <p className="mt-4">
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
          {ts("forgot.link")}
        </Link>
      </p>
      <p className="mt-6">
        {t("noAccount")}{" "}
        <Link href="/signup" className="font-semibold text-brand-700 underline">
          {t("signUpLink")}
        </Link>
      </p>
      <p className="mt-3">
        {ta("physioQuestion")}{" "}
        <Link href="/physio-signup" className="font-semibold text-brand-700 underline">
          {ta("physioSignUpLink")}
        </Link>
      </p>
    </div>
  );
}
