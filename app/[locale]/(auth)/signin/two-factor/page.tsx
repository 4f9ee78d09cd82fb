import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/routing";
import { TwoFactorForm } from "@/components/auth/two-factor-form";
import { getSessionUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { twoFactorSignInAction } from "../../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/signin/two-factor">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "twoFactor" });
  return { title: t("signIn.title") };
}

// Reached from the sign-in form when the account has two-step sign-in on (better-auth keeps the
// half-finished sign-in in a short-lived cookie of its own).
export default async function TwoFactorSignInPage({ params, searchParams }: PageProps<"/[locale]/signin/two-factor">) {
  const { locale } = await params;
  const { next, kind } = await searchParams;
  setRequestLocale(toLocale(locale));
  if (await getSessionUser()) redirect(`/${locale}/today`);
  const t = await getTranslations("twoFactor");
  const isBackup = kind === "backup";
  const nextPath = typeof next === "string" ? next : undefined;
  const other = new URLSearchParams({
    ...(nextPath ? { next: nextPath } : {}),
    ...(isBackup ? {} : { kind: "backup" }),
  }).toString();
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="mb-2 text-2xl font-bold text-brand-900">{t("signIn.title")}</h1>
      <p className="mb-6">{isBackup ? t("signIn.backupLead") : t("signIn.lead")}</p>
      <TwoFactorForm
        key={isBackup ? "backup" : "app"}
        locale={locale}
        next={nextPath}
        kind={isBackup ? "backup" : "app"}
        action={twoFactorSignInAction}
      />
      <p className="mt-4">
        <Link href={`/signin/two-factor${other ? `?${other}` : ""}`} className="font-semibold text-brand-700 underline">
          {isBackup ? t("signIn.useApp") : t("signIn.useBackup")}
        </Link>
      </p>
      <p className="mt-3">
        <Link href="/signin" className="font-semibold text-brand-700 underline">
          {t("signIn.startOver")}
        </Link>
      </p>
    </div>
  );
}
