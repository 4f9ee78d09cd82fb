import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/routing";
import { OnboardingWizard } from "@/components/runner/onboarding/onboarding-wizard";
import { requirePageUser, todayOf } from "@/lib/http/page-guard";
import { getDb } from "@/lib/db/client";
import { BoneSite, InjurySite, Tissue } from "@/lib/engine";
import { Link } from "@/lib/i18n/navigation";
import { findCurrentPlanId } from "@/lib/server/plan/load-plan";
import { earliestLastRun, LIMITS, STEPS } from "@/lib/server/onboarding/steps";
import { loadOnboardingDraft } from "@/lib/server/onboarding/save-step";
import { completeOnboardingAction, saveStepAction } from "./actions";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("onboarding.title");

export default async function OnboardingPage({ params }: PageProps<"/[locale]/onboarding">) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const user = await requirePageUser(locale, "/onboarding");
  const t = await getTranslations("onboarding");

  if (user.role !== "runner") {
    return (
      <div className="py-8">
        <h1 className="text-2xl font-bold text-brand-900">{t("runnersOnly.title")}</h1>
        <p className="mt-2 text-muted">{t("runnersOnly.body")}</p>
        <Link href="/" className="mt-6 inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
          {t("runnersOnly.home")}
        </Link>
      </div>
    );
  }

  if (await findCurrentPlanId(getDb(), user.id)) redirect(`/${locale}/today`);
  const today = await todayOf(user);
  const draft = await loadOnboardingDraft(getDb(), user, today);

  return (
    <div className="py-6">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-1 text-muted">{t("lead")}</p>
      <OnboardingWizard
        initial={{ draft, nonce: 0 }}
        locale={locale}
        today={today}
        earliest={earliestLastRun(today)}
        steps={STEPS}
        limits={LIMITS}
        sites={InjurySite.options}
        tissues={Tissue.options}
        boneSites={BoneSite.options}
        saveStep={saveStepAction}
        complete={completeOnboardingAction}
      />
    </div>
  );
}
