"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { Progress } from "@/lib/services/get-progress";
import { axisTick, dateFormatter, dayTicks, gridStroke, palette, toTime } from "./chart-utils";
import { ChartSection } from "./chart-section";

export function LevelChart({ progress }: { progress: Progress }) {
  const t = useTranslations("progress");
  const { short, long } = dateFormatter(useFormatter());
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
        <div className="h-48 w-full sm:h-56">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -20 }} accessibilityLayer={false}>
              <CartesianGrid stroke={gridStroke} vertical={false} />
              <XAxis
                dataKey="time"
                type="number"
                scale="time"
                domain={[from, to]}
                ticks={dayTicks(from, to)}
                tickFormatter={short}
                tick={axisTick}
              />
              <YAxis domain={[0, total]} ticks={yTicks} allowDecimals={false} tick={axisTick} width={48} />
              <Line
                dataKey="level"
                type="stepAfter"
                stroke={palette.brand.color}
                strokeWidth={2.5}
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      ) : null}
    </ChartSection>
  );
}
