import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";

const phases = ["1", "2", "3", "4"] as const;

export default async function LandingPage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const t = await getTranslations("landing");
  return (
    <>
      <section className="bg-brand-50">
        <div className="mx-auto max-w-5xl px-4 py-12 sm:py-20">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
          <h1 className="mt-2 max-w-3xl text-3xl leading-tight font-bold text-brand-900 sm:text-5xl">{t("title")}</h1>
          <p className="mt-4 max-w-2xl text-lg text-muted">{t("lead")}</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Link
              href="/signup"
              className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-900"
            >
              {t("ctaStart")}
            </Link>
            <Link
              href="/signin"
              className="inline-flex min-h-12 items-center rounded-lg border border-brand-700 bg-white px-5 font-semibold text-brand-900 hover:bg-brand-100"
            >
              {t("ctaSignIn")}
            </Link>
            <a href="#phases" className="inline-flex min-h-12 items-center px-2 font-semibold text-brand-700 underline">
              {t("ctaPrimary")}
            </a>
          </div>
        </div>
      </section>

      <section id="phases" aria-labelledby="phases-title" className="mx-auto max-w-5xl scroll-mt-4 px-4 py-12">
        <h2 id="phases-title" className="text-2xl font-bold text-brand-900">
          {t("phasesTitle")}
        </h2>
        <p className="mt-2 max-w-2xl text-muted">{t("phasesLead")}</p>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {phases.map((n) => (
            <li key={n} className="rounded-xl border border-brand-100 bg-white p-5 shadow-sm">
              <p className="text-sm font-semibold text-brand-700">{t("phaseLabel", { number: n })}</p>
              <h3 className="mt-1 text-lg font-bold">{t(`phases.${n}.title`)}</h3>
              <p className="mt-2 text-muted">{t(`phases.${n}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="rule-title" className="bg-white">
        <div className="mx-auto grid max-w-5xl gap-8 px-4 py-12 md:grid-cols-2">
          <div>
            <h2 id="rule-title" className="text-2xl font-bold text-brand-900">
              {t("ruleTitle")}
            </h2>
            <p className="mt-2 text-muted">{t("ruleBody")}</p>
            <p className="mt-3 font-semibold">{t("ruleExample")}</p>
          </div>
          <div>
            <h2 className="text-2xl font-bold text-brand-900">{t("checkInTitle")}</h2>
            <p className="mt-2 text-muted">{t("checkInBody")}</p>
          </div>
          <div>
            <h2 className="text-2xl font-bold text-brand-900">{t("physioTitle")}</h2>
            <p className="mt-2 text-muted">{t("physioBody")}</p>
          </div>
          <div>
            <h2 className="text-2xl font-bold text-brand-900">{t("safetyTitle")}</h2>
            <p className="mt-2 text-muted">{t("safetyBody")}</p>
          </div>
        </div>
      </section>

      <footer className="mx-auto max-w-5xl px-4 py-8 text-sm text-muted">{t("footer")}</footer>
    </>
  );
}
