import type { PainTrend } from "@/lib/server/physio/list-patients";

const trendStyle: Record<PainTrend, string> = {
  rising: "text-red-800",
  falling: "text-brand-700",
  steady: "text-muted",
  none: "text-muted",
};

// The highest pain of the last reports as a small line (0–10), with the trend in a word beside it;
// the line is decorative, the word and the screen-reader text carry the meaning.
export function PainSparkline({
  pain,
  trend,
  trendLabel,
  srLabel,
}: {
  pain: readonly number[];
  trend: PainTrend;
  trendLabel: string;
  srLabel: string;
}) {
  const width = 64;
  const height = 20;
  const step = pain.length > 1 ? width / (pain.length - 1) : 0;
  const points = pain
    .map((p, i) => `${(i * step).toFixed(1)},${(height - 4 - (p / 10) * (height - 6)).toFixed(1)}`)
    .join(" ");
  return (
    <span className="inline-flex items-center gap-2">
      {pain.length > 1 ? (
        <svg
          aria-hidden="true"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          className="shrink-0 overflow-visible"
        >
          <line x1={0} x2={width} y1={height - 1} y2={height - 1} stroke="#cbd5e1" strokeWidth={1} />
          <polyline
            points={points}
            fill="none"
            stroke={trend === "rising" ? "#991b1b" : "#0d6649"}
            strokeWidth={1.75}
            strokeLinejoin="round"
          />
        </svg>
      ) : null}
      <span className={`text-sm font-medium ${trendStyle[trend]}`}>{trendLabel}</span>
      <span className="sr-only">{srLabel}</span>
    </span>
  );
}
