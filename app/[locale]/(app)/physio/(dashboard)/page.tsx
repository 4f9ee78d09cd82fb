import { getTranslations, setRequestLocale } from "next-intl/server";
import { PatientDashboard } from "@/components/physio/dashboard/patient-dashboard";
import { PendingVerification } from "@/components/physio/pending-verification";
import { QueryProvider } from "@/components/providers/query-provider";
import { isVerifiedPhysio } from "@/lib/auth/permissions";
import { requirePhysio, todayOf } from "@/lib/http/page-guard";
import { getDb } from "@/lib/db/client";
import { listPatientPage } from "@/lib/server/physio/dashboard-page";
import { readView } from "@/lib/validation/dashboard-view";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import { Link } from "@/lib/i18n/navigation";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "physio" });
  return { title: t("title") };
}

// The physio's patients at a glance; a runner is sent to their own day. Only the first page of the
// view in the URL is rendered and sent; the client asks for more pages.
export default async function PhysioDashboardPage({ params, searchParams }: PageProps<"/[locale]/physio">) {
  const { locale: raw } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const physio = await requirePhysio(locale, "/physio");
  const t = await getTranslations("physio");
  if (!isVerifiedPhysio(physio))
    return (
      <PendingVerification status={physio.physioStatus === "revoked" ? "revoked" : "pending"} title={t("title")} />
    );
  const view = readView(toSearchParams(await searchParams));
  const page = await listPatientPage(getDb(), physio, await todayOf(physio), view);

  return (
    <div className="space-y-4 lg:relative lg:left-1/2 lg:w-[min(72rem,calc(100vw-2rem))] lg:-translate-x-1/2">
      <PageHeader title={t("title")} lead={t("lead", { count: page.total, alerting: page.alerting })} />
      <Link href="/physio/archive" className={textLink}>
        {t("archive.link")}
      </Link>
      <QueryProvider>
        <PatientDashboard initial={page} initialView={view} />
      </QueryProvider>
    </div>
  );
}

function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) if (typeof value === "string") params.set(key, value);
  return params;
}
