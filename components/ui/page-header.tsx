import type { ReactNode } from "react";

// The top of a page: its one h1 and, under it, what the page is for.
export function PageHeader({ title, lead }: { title: ReactNode; lead?: ReactNode }) {
  return (
    <header className="pt-6">
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      {lead ? <p className="mt-1 text-muted">{lead}</p> : null}
    </header>
  );
}
