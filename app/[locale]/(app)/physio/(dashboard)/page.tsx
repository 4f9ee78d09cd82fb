import { getTranslations, setRequestLocale } from "next-intl/server";
import { PatientDashboard } from "@/components/physio/dashboard/patient-dashboard";
import { PendingVerification } from "@/components/physio/pending-verification";
import { QueryProvider } from "@/components/providers/query-provider";
import { isVerifiedPhysio } from "@/lib/auth/permissions";
import { requirePhysio, runnerToday } from "@/lib/auth/page-guard";
import { getDb } from "@/lib/db/client";
import { listPatients } from "@/lib/services/list-patients";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === "nl" ? "nl" : "en", namespace: "physio" });
  return { title: t("title") };
}

// The physio's patients at a glance; a runner is sent to their own day.
export default async function PhysioDashboardPage({ params }: PageProps<"/[locale]/physio">) {
  const { locale: raw } = await params;
  const locale = raw === "nl" ? "nl" : "en";
  setRequestLocale(locale);
  const physio = await requirePhysio(locale, "/physio");
  const t = await getTranslations("physio");
  if (!isVerifiedPhysio(physio)) return <PendingVerification status={physio.physioStatus === "revoked" ? "revoked" : "pending"} title={t("title")} />;
  const list = await listPatients(getDb(), physio, await runnerToday(physio.id));
  const alerting = list.patients.filter((p) => p.alerts.length > 0).length;

  return (
    <div className="space-y-4 lg:relative lg:left-1/2 lg:w-[min(72rem,calc(100vw-2rem))] lg:-translate-x-1/2">
      <header className="pt-6">
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("lead", { count: list.patients.length, alerting })}</p>
      </header>
      <QueryProvider>
        <PatientDashboard initial={list} />
      </QueryProvider>
    </div>
  );
}
