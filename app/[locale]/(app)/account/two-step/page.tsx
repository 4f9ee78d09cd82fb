import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { TwoFactorSection } from "@/components/account/two-factor/two-factor-section";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButtonLink } from "@/components/ui/styles";
import { requirePageUser } from "@/lib/http/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { startTwoFactorAction } from "../two-factor-actions";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/account/two-step">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "twoFactor" });
  return { title: t("enrol.title") };
}

// Where an approved physio without two-step sign-in is sent (lib/http/page-guard.ts) before any
// patient page: nothing here but setting it up. Anyone else finds it on the account page.
export default async function TwoStepEnrolmentPage({ params }: PageProps<"/[locale]/account/two-step">) {
  const { locale: raw } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const user = await requirePageUser(locale, "/account/two-step");
  if (user.role !== "physio" || user.physioStatus !== "approved") redirect(`/${locale}/account#two-factor`);
  const t = await getTranslations("twoFactor");
  return (
    <div className="space-y-5">
      <PageHeader title={t("enrol.title")} lead={t("enrol.lead")} />
      {user.twoFactorEnabled ? (
        <div className="space-y-4">
          <FormMessage tone="success" message={t("enrol.done")} />
          <Link href="/physio" className={primaryButtonLink}>
            {t("enrol.continue")}
          </Link>
        </div>
      ) : (
        <TwoFactorSection enabled={false} actions={{ start: startTwoFactorAction }} audience="physioRequired" />
      )}
    </div>
  );
}
