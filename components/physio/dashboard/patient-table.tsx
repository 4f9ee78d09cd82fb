import type { ReactNode } from "react";
import { useRegionalFormatter } from "@/components/i18n/regional-format";
import type { PatientListItem } from "@/lib/server/physio/list-patients";
import { Link } from "@/lib/i18n/navigation";
import { AlertBadges } from "./alert-badges";
import { UnreadBadge } from "./unread-badge";
import type { DashboardView, SortKey } from "@/lib/validation/dashboard-view";
import { PainCell, patientTexts } from "./patient-cells";
import type { TranslateIn } from "@/lib/i18n/app-config";
import type { InjurySite } from "@/lib/engine";

type T = TranslateIn<"physio">;

// One table, each patient rendered once: on a desktop a real table whose sortable columns are buttons in
// their headers (aria-sort on the header); under `lg` each row is a card and the header row is gone, so
// each value carries its own visible label. The explicit roles keep the table's semantics when CSS turns
// rows into blocks (some browsers drop them on a display change).
export function PatientTable({
  patients,
  view,
  onSort,
  t,
}: {
  patients: PatientListItem[];
  view: DashboardView;
  onSort: (key: SortKey) => void;
  t: T;
}) {
  const format = useRegionalFormatter();
  const sortable = (key: SortKey, label: string) => {
    const active = view.sort === key;
    return (
      <th
        scope="col"
        role="columnheader"
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
    <th scope="col" role="columnheader" className="px-2 py-2 text-left font-semibold">
      {label}
    </th>
  );
  return (
    <table role="table" className="block w-full text-sm lg:table lg:border-collapse">
      <caption className="sr-only">{t("tableCaption")}</caption>
      <thead role="rowgroup" className="hidden border-b-2 border-brand-100 lg:table-header-group">
        <tr role="row">
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
      <tbody role="rowgroup" className="block space-y-3 lg:table-row-group">
        {patients.map((p) => {
          const x = patientTexts(p, t, format);
          const redFlag = p.alerts.some((a) => a.kind === "red_flag");
          return (
            <tr
              key={p.planId}
              role="row"
              className={`grid grid-cols-2 gap-x-3 gap-y-1 rounded-xl border bg-white p-3 shadow-sm lg:table-row lg:rounded-none lg:border-0 lg:border-b lg:border-slate-200 lg:p-0 lg:align-top lg:shadow-none lg:hover:bg-brand-50 ${redFlag ? "border-red-300" : "border-brand-100"}`}
            >
              <th
                scope="row"
                role="rowheader"
                className="col-span-2 block text-left font-normal max-lg:order-first lg:table-cell lg:p-2"
              >
                <Link
                  href={`/physio/patients/${p.planId}`}
                  className="text-lg font-bold text-brand-900 underline-offset-2 hover:underline lg:text-sm lg:font-semibold"
                >
                  {p.name}
                </Link>
                {p.site ? <span className="block text-muted">{t(`site.${p.site as InjurySite}`)}</span> : null}
                <UnreadBadge planId={p.planId} count={p.unreadMessages} t={t} />
              </th>
              <Cell wide>
                <span className="font-medium">{x.phase}</span>
                <span className="text-muted max-lg:before:content-['_·_'] lg:block">{x.status ?? x.phaseName}</span>
              </Cell>
              <Cell label={t("col.daysInPhase")}>{x.daysInPhase}</Cell>
              <Cell label={t("col.lastCheckIn")}>{x.lastCheckIn}</Cell>
              <Cell label={t("col.pain")}>
                <PainCell p={p} t={t} />
              </Cell>
              <Cell label={t("col.adherence")}>{x.adherence}</Cell>
              <Cell label={t("col.sessions")}>{x.sessions}</Cell>
              <Cell label={t("col.running")}>{x.running}</Cell>
              <Cell label={t("col.back")} wide>
                {x.back}
                {x.backDetail ? <span className="text-muted max-lg:ml-1 lg:block">({x.backDetail})</span> : null}
              </Cell>
              {/* On a phone the alerts follow the name (same order, later in the source); no alert, no line. */}
              <Cell wide className={`max-lg:order-first ${p.alerts.length === 0 ? "max-lg:hidden" : ""}`}>
                <AlertBadges alerts={p.alerts} t={t} />
              </Cell>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

// A data cell; under `lg` it shows its column's name above the value (the header row is hidden there).
function Cell({
  label,
  wide = false,
  className = "",
  children,
}: {
  label?: string;
  wide?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <td role="cell" className={`block lg:table-cell lg:p-2 ${wide ? "col-span-2" : ""} ${className}`}>
      {label ? <span className="block text-muted lg:hidden">{label}</span> : null}
      <div className="font-medium lg:font-normal">{children}</div>
    </td>
  );
}
