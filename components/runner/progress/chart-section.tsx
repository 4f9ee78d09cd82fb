import type { ReactNode } from "react";
import { card } from "@/components/ui/styles";

type Table = { caption: string; columns: string[]; rows: (string | number)[][] };

// A chart is not accessible on its own: each one has a heading, a text summary, and its numbers
// as a table for screen readers. The drawing itself is hidden from assistive technology.
export function ChartSection({
  id,
  title,
  lead,
  summary,
  table,
  after,
  children,
}: {
  id: string;
  title: string;
  lead: string;
  summary: ReactNode;
  table?: Table;
  after?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={card}>
      <h2 id={`${id}-title`} className="text-xl font-bold text-brand-900">
        {title}
      </h2>
      <p className="mt-1 text-sm text-muted">{lead}</p>
      <div className="mt-2 space-y-1">{summary}</div>
      {children ? (
        <div aria-hidden="true" className="mt-3 min-w-0">
          {children}
        </div>
      ) : null}
      {after}
      {table && table.rows.length > 0 ? (
        // A table ignores a 1 px width, so the visually hidden box is a wrapper around it.
        <div className="sr-only">
          <table>
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
