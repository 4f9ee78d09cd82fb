"use client";

import { keepPreviousData, useInfiniteQuery, type InfiniteData } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PatientPage } from "@/lib/server/physio/dashboard-page";
import { Link } from "@/lib/i18n/navigation";
import {
  applyView,
  defaultDir,
  PATIENT_PAGE_SIZE,
  sortKeys,
  writeView,
  type DashboardView,
  type SortKey,
} from "@/lib/validation/dashboard-view";
import { LabelledControl } from "@/components/ui/labelled-control";
import { SelectField } from "@/components/ui/select-field";
import { smallLabel } from "@/components/ui/styles";
import { PatientTable } from "./patient-table";
import type { PhaseNumber } from "@/lib/i18n/app-config";

const REFRESH_MS = 30_000;

async function fetchPage(query: string, cursor: string | null): Promise<PatientPage> {
  const params = new URLSearchParams(query);
  if (cursor) params.set("cursor", cursor);
  const search = params.toString();
  const response = await fetch(`/api/physio/patients${search ? `?${search}` : ""}`, {
    credentials: "same-origin",
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`patients request failed with ${response.status}`);
  return (await response.json()) as PatientPage;
}

// The server sorts, filters and pages (50 rows a page, alerts first by default); the choice is written to
// the URL query. Every loaded page refreshes itself (every 30 s and when the tab regains focus).
export function PatientDashboard({ initial, initialView }: { initial: PatientPage; initialView: DashboardView }) {
  const t = useTranslations("physio") as unknown as (key: string, params?: Record<string, string | number>) => string;
  const [view, setView] = useState<DashboardView>(initialView);
  const query = writeView(view);
  const initialQuery = writeView(initialView);
  const pages = useInfiniteQuery<PatientPage, Error, InfiniteData<PatientPage, string | null>, string[], string | null>(
    {
      queryKey: ["physio-patients", query],
      queryFn: ({ pageParam }) => fetchPage(query, pageParam),
      initialPageParam: null,
      getNextPageParam: (last) => last.nextCursor,
      initialData: query === initialQuery ? { pages: [initial], pageParams: [null] } : undefined,
      initialDataUpdatedAt: initial.generatedAt,
      placeholderData: keepPreviousData,
      refetchInterval: REFRESH_MS,
      refetchOnWindowFocus: true,
      staleTime: 10_000,
    },
  );
  const [now, setNow] = useState(initial.generatedAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);

  const update = (next: Partial<DashboardView>) => {
    const merged = { ...view, ...next };
    setView(merged);
    window.history.replaceState(null, "", `${window.location.pathname}${writeView(merged)}`);
  };
  const onSort = (sort: SortKey) =>
    update({ sort, dir: view.sort === sort ? (view.dir === "asc" ? "desc" : "asc") : defaultDir[sort] });

  const loaded = pages.data?.pages ?? [initial];
  const first = loaded[0]!;
  // While the server answers a new view, the rows already here are sorted and filtered at once in the
  // browser (exact when they are the whole list), so nothing stale stays on screen; its answer replaces them.
  const waiting = pages.isPlaceholderData;
  const shown = waiting
    ? applyView(
        loaded.flatMap((p) => p.patients),
        view,
      )
    : loaded.flatMap((p) => p.patients);
  const matching = waiting ? shown.length : first.matching;
  const updatedAt = pages.dataUpdatedAt || initial.generatedAt;
  const minutes = Math.max(0, Math.floor((Math.max(now, updatedAt) - updatedAt) / 60_000));

  if (first.total === 0) {
    return (
      <div className="rounded-xl border border-brand-100 bg-white p-6 text-center shadow-sm">
        <p className="text-lg font-semibold">{t("empty")}</p>
        <Link
          href="/physio/invites"
          className="mt-3 inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-900"
        >
          {t("emptyInvite")}
        </Link>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted" aria-live="polite">
        {pages.isError ? t("refreshFailed") : minutes === 0 ? t("updatedNow") : t("updatedAgo", { minutes })}
      </p>
      <form
        role="search"
        onSubmit={(e) => e.preventDefault()}
        className="grid gap-3 rounded-xl border border-brand-100 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4"
      >
        <LabelledControl id="patient-search" label={t("search")} labelClassName={smallLabel}>
          {(control) => (
            <input
              {...control}
              type="search"
              value={view.q}
              onChange={(e) => update({ q: e.target.value })}
              className="mt-1 block min-h-11 w-full rounded-lg border border-slate-400 px-3"
            />
          )}
        </LabelledControl>
        <SelectField
          id="phase-filter"
          label={t("phaseFilter")}
          labelClassName={smallLabel}
          value={view.phase ?? ""}
          onChange={(e) => update({ phase: e.target.value ? Number(e.target.value) : null })}
          options={[
            { value: "", label: t("allPhases") },
            ...[1, 2, 3, 4].map((phase) => ({
              value: phase,
              label: t("phaseOption", { phase, name: t(`phaseName.${phase as PhaseNumber}`) }),
            })),
          ]}
        />
        <SelectField
          id="sort-by"
          label={t("sortBy")}
          labelClassName={smallLabel}
          className="lg:hidden"
          value={view.sort}
          onChange={(e) => update({ sort: e.target.value as SortKey, dir: defaultDir[e.target.value as SortKey] })}
          options={sortKeys.map((key) => ({ value: key, label: t(`sort.${key}`) }))}
        />
        <label className="flex min-h-11 items-center gap-2 self-end">
          <input
            type="checkbox"
            checked={view.onlyAlerts}
            onChange={(e) => update({ onlyAlerts: e.target.checked })}
            className="size-5"
          />
          <span className="font-medium">{t("onlyAlerts")}</span>
        </label>
      </form>
      <p className="text-sm font-medium" role="status">
        {t("showing", { shown: matching, total: first.total })}
      </p>
      {matching === 0 ? <p className="rounded-lg bg-brand-50 p-3">{t("noMatch")}</p> : null}
      <div aria-busy={waiting}>
        <PatientTable patients={shown} view={view} onSort={onSort} t={t} />
      </div>
      {pages.hasNextPage && !waiting ? (
        <button
          type="button"
          onClick={() => void pages.fetchNextPage()}
          disabled={pages.isFetchingNextPage}
          aria-busy={pages.isFetchingNextPage}
          className="inline-flex min-h-12 items-center rounded-lg border border-brand-700 bg-white px-5 font-semibold text-brand-900 hover:bg-brand-50 disabled:opacity-60"
        >
          {t("showMore", {
            shown: shown.length,
            total: first.matching,
            more: Math.min(PATIENT_PAGE_SIZE, first.matching - shown.length),
          })}
        </button>
      ) : null}
    </div>
  );
}
