"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import type { PatientList } from "@/lib/services/list-patients";
import { Link } from "@/lib/i18n/navigation";
import { applyView, defaultDir, readView, sortKeys, writeView, type DashboardView, type SortKey } from "./dashboard-state";
import { PatientCards } from "./patient-cards";
import { PatientTable } from "./patient-table";
import type { PhaseNumber } from "@/lib/i18n/app-config";

export type DashboardData = PatientList;

const REFRESH_MS = 30_000;
// Rows rendered at once: alerts sort first, so the first page holds what needs attention; the rest
// is one click away. Keeps a 500-patient page light to render on the server and to hydrate.
const PAGE_SIZE = 50;

async function fetchPatients(): Promise<DashboardData> {
  const response = await fetch("/api/physio/patients", { credentials: "same-origin", cache: "no-store" });
  if (!response.ok) throw new Error(`patients request failed with ${response.status}`);
  return (await response.json()) as DashboardData;
}

// The list refreshes itself (every 30 s and when the tab regains focus); sorting and filtering happen
// here in the browser for an instant answer, with the choice written to the URL query.
export function PatientDashboard({ initial }: { initial: DashboardData }) {
  const t = useTranslations("physio");
  const locale = useLocale();
  const search = useSearchParams();
  const [view, setView] = useState<DashboardView>(() => readView(new URLSearchParams(search.toString())));
  const query = useQuery({ queryKey: ["physio-patients"], queryFn: fetchPatients, initialData: initial, initialDataUpdatedAt: initial.generatedAt, refetchInterval: REFRESH_MS, refetchOnWindowFocus: true, staleTime: 10_000 });
  const [now, setNow] = useState(initial.generatedAt);
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);

  const update = (next: Partial<DashboardView>) => {
    const merged = { ...view, ...next };
    setView(merged);
    setLimit(PAGE_SIZE);
    window.history.replaceState(null, "", `${window.location.pathname}${writeView(merged)}`);
  };
  const onSort = (sort: SortKey) => update({ sort, dir: view.sort === sort ? (view.dir === "asc" ? "desc" : "asc") : defaultDir[sort] });

  const all = query.data.patients;
  const matching = useMemo(() => applyView(all, view), [all, view]);
  const shown = matching.slice(0, limit);
  const minutes = Math.max(0, Math.floor((Math.max(now, query.dataUpdatedAt) - query.dataUpdatedAt) / 60_000));

  if (all.length === 0) {
    return (
      <div className="rounded-xl border border-brand-100 bg-white p-6 text-center shadow-sm">
        <p className="text-lg font-semibold">{t("empty")}</p>
        <Link href="/physio/invites" className="mt-3 inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-900">
          {t("emptyInvite")}
        </Link>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted" aria-live="polite">
        {query.isError ? t("refreshFailed") : minutes === 0 ? t("updatedNow") : t("updatedAgo", { minutes })}
      </p>
      <form role="search" onSubmit={(e) => e.preventDefault()} className="grid gap-3 rounded-xl border border-brand-100 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <label htmlFor="patient-search" className="block text-sm font-semibold">
            {t("search")}
          </label>
          <input id="patient-search" type="search" value={view.q} onChange={(e) => update({ q: e.target.value })} className="mt-1 block min-h-11 w-full rounded-lg border border-slate-400 px-3" />
        </div>
        <div>
          <label htmlFor="phase-filter" className="block text-sm font-semibold">
            {t("phaseFilter")}
          </label>
          <select id="phase-filter" value={view.phase ?? ""} onChange={(e) => update({ phase: e.target.value ? Number(e.target.value) : null })} className="mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3">
            <option value="">{t("allPhases")}</option>
            {[1, 2, 3, 4].map((phase) => (
              <option key={phase} value={phase}>
                {t("phaseOption", { phase, name: t(`phaseName.${phase as PhaseNumber}`) })}
              </option>
            ))}
          </select>
        </div>
        <div className="lg:hidden">
          <label htmlFor="sort-by" className="block text-sm font-semibold">
            {t("sortBy")}
          </label>
          <select id="sort-by" value={view.sort} onChange={(e) => update({ sort: e.target.value as SortKey, dir: defaultDir[e.target.value as SortKey] })} className="mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3">
            {sortKeys.map((key) => (
              <option key={key} value={key}>
                {t(`sort.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="flex min-h-11 items-center gap-2 self-end">
          <input type="checkbox" checked={view.onlyAlerts} onChange={(e) => update({ onlyAlerts: e.target.checked })} className="size-5" />
          <span className="font-medium">{t("onlyAlerts")}</span>
        </label>
      </form>
      <p className="text-sm font-medium" role="status">
        {t("showing", { shown: matching.length, total: all.length })}
      </p>
      {matching.length === 0 ? <p className="rounded-lg bg-brand-50 p-3">{t("noMatch")}</p> : null}
      <div className="lg:hidden">
        <PatientCards patients={shown} t={t} locale={locale} />
      </div>
      <div className="hidden lg:block">
        <PatientTable patients={shown} view={view} onSort={onSort} t={t} locale={locale} />
      </div>
      {matching.length > shown.length ? (
        <button type="button" onClick={() => setLimit((n) => n + PAGE_SIZE)} className="inline-flex min-h-12 items-center rounded-lg border border-brand-700 bg-white px-5 font-semibold text-brand-900 hover:bg-brand-50">
          {t("showMore", { shown: shown.length, total: matching.length, more: Math.min(PAGE_SIZE, matching.length - shown.length) })}
        </button>
      ) : null}
    </div>
  );
}
