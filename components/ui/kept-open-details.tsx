"use client";

import { useState, type ReactNode } from "react";

// A native disclosure that starts open when asked and then stays as the user left it: a server re-render
// (say, after ending a pause, which no longer asks for it open) does not fold away the answer just given.
export function KeptOpenDetails({
  initiallyOpen,
  summary,
  children,
  ...rest
}: {
  initiallyOpen: boolean;
  summary: ReactNode;
  children: ReactNode;
  id?: string;
  className?: string;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details {...rest} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      {summary}
      {children}
    </details>
  );
}
