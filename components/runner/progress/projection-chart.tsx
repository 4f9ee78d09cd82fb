"use client";

import { Line, YAxis } from "recharts";
import type { Progress } from "@/lib/server/plan/progress";
import { axisTick, dayTicks, DAY_MS, palette, toTime } from "./chart-utils";
import { ChartSection } from "./chart-section";
import { TimeChart, useChartText } from "./time-chart";

export function ProjectionChart({ progress }: { progress: Progress }) {
  const { t, short, long } = useChartText();
  const history = progress.projections;
  // The engine records a point when the date moves; carry the last one on to today.
  const points = [
    ...history.map((p) => ({ time: toTime(p.on), back: toTime(p.backToLevelOn) })),
    { time: toTime(progress.today), back: toTime(progress.projection.backToLevelOn) },
  ];
  const from = points[0]!.time;
  const to = toTime(progress.today);
  const backs = points.map((p) => p.back);
  const low = Math.min(...backs) - 7 * DAY_MS;
  const high = Math.max(...backs) + 7 * DAY_MS;

  return (
    <ChartSection
      id="projection"
      title={t("projection.title")}
      lead={t("projection.lead")}
      summary={
        <>
          <p className="font-semibold">{t("projection.summary", { date: long(progress.projection.backToLevelOn) })}</p>
          <p>
            {t("projection.summaryMoves", {
              count: progress.projectionMoves.moves,
              first: progress.projectionMoves.first ? long(progress.projectionMoves.first) : "",
            })}
          </p>
          {progress.projection.isEstimate ? <p className="text-sm text-muted">{t("projection.estimate")}</p> : null}
        </>
      }
      table={{
        caption: t("projection.title"),
        columns: [t("projection.on"), t("projection.expected")],
        rows: history.map((p) => [long(p.on), long(p.backToLevelOn)]),
      }}
    >
      {history.length > 1 ? (
        <TimeChart data={points} from={from} to={to} left={4}>
          <YAxis
            dataKey="back"
            type="number"
            domain={[low, high]}
            ticks={dayTicks(low, high, 4)}
            tickFormatter={short}
            tick={axisTick}
            width={56}
          />
          <Line
            dataKey="back"
            type="stepAfter"
            stroke={palette.brand.color}
            strokeWidth={2.5}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </TimeChart>
      ) : null}
    </ChartSection>
  );
}
