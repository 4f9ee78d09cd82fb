// The key to a chart's lines: a short sample of each line's colour and dash pattern.
export function ChartLegend({ items }: { items: { label: string; color: string; dash?: string }[] }) {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <svg width="24" height="8" className="shrink-0">
            <line x1="0" y1="4" x2="24" y2="4" stroke={item.color} strokeWidth="2.5" strokeDasharray={item.dash} />
          </svg>
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
