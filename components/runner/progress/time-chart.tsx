"use client";

import { useTranslations } from "next-intl";
import { useRegionalFormatter } from "@/components/i18n/regional-format";
import type { ReactNode } from "react";
import { CartesianGrid, LineChart, ResponsiveContainer, XAxis } from "recharts";
import { axisTick, dateFormatter, dayTicks, gridStroke } from "./chart-utils";

/** The texts and date formats every progress chart starts from. */
export function useChartText() {
  const t = useTranslations("progress");
  const { short, long } = dateFormatter(useRegionalFormatter());
  return { t, short, long };
}

// The frame the line charts over days share: a fixed-height box, a horizontal grid and a time axis from `from` to
// `to` with evenly spread day ticks. The y-axis and the lines (children) are each chart's own.
export function TimeChart({
  data,
  from,
  to,
  left,
  top = 8,
  className = "h-48 w-full sm:h-56",
  children,
}: {
  data: object[];
  from: number;
  to: number;
  /** The left margin: room the y-axis labels need (negative pulls a narrow axis in). */
  left: number;
  top?: number;
  className?: string;
  children: ReactNode;
}) {
  const { short } = useChartText();
  return (
    <div className={className}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top, right: 12, bottom: 0, left }} accessibilityLayer={false}>
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
          {children}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
