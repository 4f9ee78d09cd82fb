import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/routing";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignOutForm } from "@/components/offline/sign-out-form";
import { requirePageUser } from "@/lib/http/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { signOutAction } from "../../(auth)/actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-out">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "settings" });
  return { title: t("signOut.title") };
}

// Sign out asks first: a tap on the wrong tab should not cost the runner their session.
export default async function SignOutPage({ params }: PageProps<"/[locale]/sign-out">) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const user = await requirePageUser(locale, "/sign-out");
  const t = await getTranslations("settings.signOut");
  return (
    <div className="space-y-4 pt-6">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("body")}</p>
      <ClientMessages namespaces={["offline"]}>
        <SignOutForm action={signOutAction} locale={locale} label={t("submit")}>
          <Link
            href={user.role === "physio" ? "/physio" : "/today"}
            className="inline-flex min-h-12 items-center justify-center rounded-lg border border-brand-700 px-5 font-semibold text-brand-900"
          >
            {t("cancel")}
          </Link>
        </SignOutForm>
      </ClientMessages>
    </div>
  );
}
