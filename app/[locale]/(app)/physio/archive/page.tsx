import { getTranslations, setRequestLocale } from "next-intl/server";
import { PendingVerification } from "@/components/physio/pending-verification";
import { PageHeader } from "@/components/ui/page-header";
import { selectBox, textLink } from "@/components/ui/styles";
import { isVerifiedPhysio } from "@/lib/auth/permissions";
import { requirePhysio } from "@/lib/http/page-guard";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import { getDataText } from "@/lib/i18n/server-text";
import { listArchivedPatients } from "@/lib/server/physio/archive";
import { toLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/physio/archive">) {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "physio.archive" });
  return { title: t("title") };
}

// The physio's discharged patients, most recent discharge first; search by name (kept in the URL). Each opens
// the archived plan, where the physio can reopen it into a new one.
export default async function ArchivePage({ params, searchParams }: PageProps<"/[locale]/physio/archive">) {
  const { locale: raw } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const physio = await requirePhysio(locale, "/physio/archive");
  const { t: root, date } = await getDataText();
  const t = (key: string, values?: Record<string, string | number>) =>
    root(`physio.archive.${key}` as Parameters<typeof root>[0], values);
  if (!isVerifiedPhysio(physio)) return <PendingVerification status="pending" title={t("title")} />;
  const raw_q = (await searchParams).q;
  const q = typeof raw_q === "string" ? raw_q : "";
  const rows = await listArchivedPatients(getDb(), physio, q);
  return (
    <div className="space-y-4">
      <Link href="/physio" className={textLink}>
        {t("back")}
      </Link>
      <PageHeader title={t("title")} lead={t("lead")} />
      <form method="get" role="search" className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="archive-q" className="block font-semibold">
            {t("search")}
          </label>
          <input id="archive-q" name="q" type="search" defaultValue={q} maxLength={100} className={selectBox} />
        </div>
        <button
          type="submit"
          className="min-h-11 rounded-lg border border-brand-700 px-4 font-semibold text-brand-900 hover:bg-brand-50"
        >
          {t("searchButton")}
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="text-muted">{q ? t("noneFound", { q }) : t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-brand-100 bg-white">
          {rows.map((r) => (
            <li key={r.planId} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
              <Link href={`/physio/patients/${r.planId}`} className={`${textLink} text-lg font-semibold`}>
                {r.name}
              </Link>
              <span className="text-sm text-muted">
                {t("dischargedOn", { date: date(r.dischargedOn, "dayLong"), phase: r.phase })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
