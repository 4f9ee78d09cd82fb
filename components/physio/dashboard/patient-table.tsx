import type { PatientListItem } from "@/lib/services/list-patients";
import { Link } from "@/lib/i18n/navigation";
import { AlertBadges } from "./alert-badges";
import { UnreadBadge } from "./unread-badge";
import type { DashboardView, SortKey } from "@/lib/services/patient-view";
import { PainCell, patientTexts } from "./patient-cells";
import type { TranslateIn } from "@/lib/i18n/app-config";
import type { InjurySite } from "@/lib/engine";

type T = TranslateIn<"physio">;

// Desktop: a real table; sortable columns are buttons in their headers, with aria-sort on the header.
export function PatientTable({
  patients,
  view,
  onSort,
  t,
  locale,
}: {
  patients: PatientListItem[];
  view: DashboardView;
  onSort: (key: SortKey) => void;
  t: T;
  locale: string;
}) {
  const sortable = (key: SortKey, label: string) => {
    const active = view.sort === key;
    return (
      <th
        scope="col"
        aria-sort={active ? (view.dir === "asc" ? "ascending" : "descending") : "none"}
        className="px-2 py-2 text-left"
      >
        <button
          type="button"
          onClick={() => onSort(key)}
          className="inline-flex min-h-11 items-center gap-1 font-semibold hover:underline"
        >
          {label}
          <span aria-hidden="true" className={active ? "text-brand-700" : "text-slate-400"}>
            {active ? (view.dir === "asc" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  };
  const plain = (label: string) => (
    <th scope="col" className="px-2 py-2 text-left font-semibold">
      {label}
    </th>
  );
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{t("tableCaption")}</caption>
      <thead className="border-b-2 border-brand-100">
        <tr>
          {sortable("name", t("col.name"))}
          {sortable("phase", t("col.phase"))}
          {plain(t("col.daysInPhase"))}
          {sortable("lastCheckIn", t("col.lastCheckIn"))}
          {plain(t("col.pain"))}
          {plain(t("col.adherence"))}
          {sortable("sessions", t("col.sessions"))}
          {sortable("running", t("col.running"))}
          {plain(t("col.back"))}
          {sortable("alerts", t("col.alerts"))}
        </tr>
      </thead>
      <tbody>
        {patients.map((p) => {
          const x = patientTexts(p, t, locale);
          return (
            <tr key={p.planId} className="border-b border-slate-200 align-top hover:bg-brand-50">
              <th scope="row" className="px-2 py-2 text-left font-normal">
                <Link
                  href={`/physio/patients/${p.planId}`}
                  className="font-semibold text-brand-900 underline-offset-2 hover:underline"
                >
                  {p.name}
                </Link>
                {p.site ? <span className="block text-muted">{t(`site.${p.site as InjurySite}`)}</span> : null}
                <UnreadBadge planId={p.planId} count={p.unreadMessages} t={t} />
              </th>
              <td className="px-2 py-2">
                <span className="font-medium">{x.phase}</span>
                <span className="block text-muted">{x.status ?? x.phaseName}</span>
              </td>
              <td className="px-2 py-2">{x.daysInPhase}</td>
              <td className="px-2 py-2">{x.lastCheckIn}</td>
              <td className="px-2 py-2">
                <PainCell p={p} t={t} />
              </td>
              <td className="px-2 py-2">{x.adherence}</td>
              <td className="px-2 py-2">{x.sessions}</td>
              <td className="px-2 py-2">{x.running}</td>
              <td className="px-2 py-2">
                {x.back}
                {x.backDetail ? <span className="block text-muted">{x.backDetail}</span> : null}
              </td>
              <td className="px-2 py-2">
                <AlertBadges alerts={p.alerts} t={t} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
