"use client";

import { Line, YAxis } from "recharts";
import type { Progress } from "@/lib/server/plan/progress";
import { axisTick, palette, toTime } from "./chart-utils";
import { ChartSection } from "./chart-section";
import { TimeChart, useChartText } from "./time-chart";

export function LevelChart({ progress }: { progress: Progress }) {
  const { t, long } = useChartText();
  const points = progress.levels;
  const first = points[0];
  const total = progress.level?.total ?? Math.max(1, ...points.map((p) => p.level));
  // One row per change of level keeps the table short; the chart draws every day.
  const changes = points.filter((p, i) => i === 0 || points[i - 1]!.level !== p.level);
  const data = points.map((p) => ({ ...p, time: toTime(p.date) }));
  const from = first ? toTime(first.date) : 0;
  const to = toTime(progress.today);
  const yTicks = Array.from({ length: total + 1 }, (_, i) => i).filter((n) => total <= 8 || n % 2 === 0 || n === total);

  return (
    <ChartSection
      id="levels"
      title={t("levels.title")}
      lead={t("levels.lead")}
      summary={
        <p>
          {first && progress.level
            ? t("levels.summary", {
                level: progress.level.current,
                total: progress.level.total,
                first: first.level,
                date: long(first.date),
              })
            : t("levels.none")}
        </p>
      }
      table={{
        caption: t("levels.title"),
        columns: [t("date"), t("levels.level")],
        rows: changes.map((p) => [long(p.date), p.level]),
      }}
    >
      {first ? (
        <TimeChart data={data} from={from} to={to} left={-20}>
          <YAxis domain={[0, total]} ticks={yTicks} allowDecimals={false} tick={axisTick} width={48} />
          <Line
            dataKey="level"
            type="stepAfter"
            stroke={palette.brand.color}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
        </TimeChart>
      ) : null}
    </ChartSection>
  );
}
