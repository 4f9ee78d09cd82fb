"use client";

import { Line, ReferenceLine, YAxis } from "recharts";
import type { Progress } from "@/lib/server/plan/progress";
import { axisTick, palette, toTime } from "./chart-utils";
import { ChartSection } from "./chart-section";
import { ChartLegend } from "./chart-legend";
import { TimeChart, useChartText } from "./time-chart";

const series = ["during", "after", "rest", "morning"] as const;

export function PainChart({ progress }: { progress: Progress }) {
  const { t, long } = useChartText();
  const points = progress.pain;
  const last = points.at(-1);
  const worst = (p: (typeof points)[number]) => Math.max(p.rest, p.during ?? 0, p.after ?? 0, p.morning);
  const peak = points.reduce<(typeof points)[number] | undefined>(
    (best, p) => (!best || worst(p) > worst(best) ? p : best),
    undefined,
  );
  const data = points.map((p) => ({ ...p, time: toTime(p.date) }));
  const from = toTime(progress.startedOn);
  const to = toTime(progress.today);

  const summary =
    last && peak ? (
      <>
        <p>
          {t("pain.summary", {
            count: points.length,
            painFree: points.filter((p) => worst(p) === 0).length,
            max: worst(peak),
            date: long(peak.date),
          })}
        </p>
        <p>{t("pain.summaryLast", { date: long(last.date), max: worst(last) })}</p>
      </>
    ) : (
      <p>{t("pain.none")}</p>
    );

  return (
    <ChartSection
      id="pain"
      title={t("pain.title")}
      lead={t("pain.lead")}
      summary={summary}
      table={{
        caption: t("pain.title"),
        columns: [t("date"), ...series.map((s) => t(`pain.${s}`))],
        rows: points.map((p) => [long(p.date), p.during ?? "–", p.after ?? "–", p.rest, p.morning]),
      }}
    >
      {points.length > 0 ? (
        <>
          <ChartLegend items={series.map((s) => ({ label: t(`pain.${s}`), ...palette[s] }))} />
          <TimeChart data={data} from={from} to={to} left={-20} top={16} className="h-56 w-full sm:h-64">
            <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} allowDecimals={false} tick={axisTick} width={48} />
            {progress.phases.slice(1).map((phase) => (
              <ReferenceLine
                key={phase.startedOn}
                x={toTime(phase.startedOn)}
                stroke="#4a5565"
                strokeDasharray="3 3"
                label={{
                  value: t("pain.phaseMark", { phase: phase.phase }),
                  position: "insideTopLeft",
                  fill: "#1b2430",
                  fontSize: 12,
                }}
              />
            ))}
            {series.map((s) => (
              <Line
                key={s}
                dataKey={s}
                type="linear"
                stroke={palette[s].color}
                strokeDasharray={palette[s].dash}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </TimeChart>
        </>
      ) : null}
    </ChartSection>
  );
}
