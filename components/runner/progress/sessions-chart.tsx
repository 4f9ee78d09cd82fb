"use client";

import { useTranslations } from "next-intl";
import { useRegionalFormatter } from "@/components/i18n/regional-format";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { SessionKind } from "@/lib/engine";
import type { Progress } from "@/lib/server/plan/progress";
import { axisTick, dateFormatter, gridStroke, palette } from "./chart-utils";
import { ChartSection } from "./chart-section";

export function SessionsChart({ progress }: { progress: Progress }) {
  const t = useTranslations("progress");
  const sessionName = useTranslations("engine.session");
  const { short, long } = dateFormatter(useRegionalFormatter());
  const { sessions } = progress;
  const thisWeek = sessions.perWeek.at(-1);
  const kinds = Object.entries(sessions.byKind).sort(([, a], [, b]) => b - a);
  const most = Math.max(1, ...kinds.map(([, n]) => n));

  return (
    <ChartSection
      id="sessions"
      title={t("sessions.title")}
      lead={t("sessions.lead")}
      summary={
        sessions.count > 0 ? (
          <>
            <p>
              {t("sessions.summary", {
                count: sessions.count,
                minutes: sessions.minutes,
                completed: sessions.completed,
                partial: sessions.partial,
              })}
            </p>
            {thisWeek ? (
              <p>{t("sessions.summaryWeek", { sessions: thisWeek.sessions, minutes: thisWeek.minutes })}</p>
            ) : null}
          </>
        ) : (
          <p>{t("sessions.none")}</p>
        )
      }
      after={
        kinds.length > 0 ? (
          <KindBars
            kinds={kinds}
            most={most}
            label={(kind) => sessionName(kind as SessionKind).replace("/", "/\u200B")}
            title={t("sessions.byKind")}
            count={(n) => t("sessions.kindCount", { count: n })}
          />
        ) : null
      }
      table={{
        caption: t("sessions.title"),
        columns: [t("week"), t("sessions.sessions"), t("sessions.minutes")],
        rows: sessions.perWeek.map((w) => [long(w.weekStart), w.sessions, w.minutes]),
      }}
    >
      {sessions.count > 0 ? (
        <div className="h-48 w-full sm:h-56">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={sessions.perWeek}
              margin={{ top: 8, right: 12, bottom: 0, left: -12 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke={gridStroke} vertical={false} />
              <XAxis
                dataKey="weekStart"
                tickFormatter={short}
                tick={axisTick}
                interval="preserveStartEnd"
                minTickGap={16}
              />
              <YAxis allowDecimals={false} tick={axisTick} width={48} />
              <Bar dataKey="minutes" fill={palette.brand.color} radius={[3, 3, 0, 0]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : null}
    </ChartSection>
  );
}

function KindBars({
  kinds,
  most,
  label,
  title,
  count,
}: {
  kinds: [string, number][];
  most: number;
  label: (kind: string) => string;
  title: string;
  count: (n: number) => string;
}) {
  return (
    <div className="mt-3">
      <h3 className="text-base font-semibold">{title}</h3>
      <ul className="mt-1 space-y-1">
        {kinds.map(([kind, n]) => (
          <li key={kind} className="grid grid-cols-[minmax(0,9rem)_1fr_7rem] items-center gap-2 text-sm">
            <span className="break-words">{label(kind)}</span>
            <span aria-hidden="true" className="h-3 rounded-sm bg-brand-50">
              <span
                className="block h-3 rounded-sm bg-brand-700"
                style={{ width: `${Math.max(4, (n / most) * 100)}%` }}
              />
            </span>
            <span className="whitespace-nowrap">{count(n)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
