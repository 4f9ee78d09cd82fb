"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { WeekAdherence } from "@/lib/engine";

type SortKey = "week" | "sessions" | "running";
const share = (done: number, planned: number) => (planned > 0 ? done / planned : Number.POSITIVE_INFINITY);
const value: Record<SortKey, (w: WeekAdherence) => number | string> = {
  week: (w) => w.weekStart,
  sessions: (w) => share(w.doneSessions, w.plannedSessions),
  running: (w) => share(w.runMinutes, w.plannedRunMinutes),
};

// Week by week: sessions done / planned and running minutes reported / planned; sortable.
export function AdherenceTable({ weeks, weekLabels }: { weeks: WeekAdherence[]; weekLabels: Record<string, string> }) {
  const t = useTranslations("patient.adherence");
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "week", dir: -1 });
  if (weeks.length === 0) return <p className="text-muted">{t("none")}</p>;
  const rows = [...weeks].sort((a, b) => {
    const x = value[sort.key](a);
    const y = value[sort.key](b);
    return sort.dir * (x < y ? -1 : x > y ? 1 : 0);
  });
  const header = (key: SortKey) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        aria-sort={active ? (sort.dir === 1 ? "ascending" : "descending") : "none"}
        className="px-2 py-1 text-left"
      >
        <button
          type="button"
          onClick={() => setSort({ key, dir: active ? (sort.dir === 1 ? -1 : 1) : key === "week" ? -1 : 1 })}
          className="inline-flex min-h-11 items-center gap-1 font-semibold hover:underline"
        >
          {t(`col.${key}`)}
          <span aria-hidden="true" className={active ? "text-brand-700" : "text-slate-400"}>
            {active ? (sort.dir === 1 ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  };
  const percent = (done: number, planned: number) => (planned > 0 ? ` (${Math.round((100 * done) / planned)}%)` : "");
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{t("caption")}</caption>
      <thead className="bg-brand-50">
        <tr>
          {header("week")}
          {header("sessions")}
          {header("running")}
        </tr>
      </thead>
      <tbody>
        {rows.map((w) => (
          <tr key={w.weekStart} className="border-t border-slate-200">
            <th scope="row" className="px-2 py-1.5 text-left font-medium">
              {weekLabels[w.weekStart] ?? w.weekStart}
            </th>
            <td className="px-2 py-1.5">
              {w.plannedSessions > 0
                ? t("sessions", { done: w.doneSessions, planned: w.plannedSessions }) +
                  percent(w.doneSessions, w.plannedSessions)
                : "–"}
            </td>
            <td className="px-2 py-1.5">
              {w.plannedRunMinutes > 0 || w.runMinutes > 0
                ? t("running", { done: Math.round(w.runMinutes), planned: Math.round(w.plannedRunMinutes) })
                : "–"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
