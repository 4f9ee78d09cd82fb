"use client";

import { useState } from "react";
import { Button } from "./button";

type Props = { value: string; label: string; copiedText: string; failedText: string };

// Copies a link to the clipboard and says so in a live region; where the browser refuses, it says to
// select the link and copy it by hand (the link itself is shown beside it, read-only).
export function CopyButton({ value, label, copiedText, failedText }: Props) {
  const [result, setResult] = useState<"copied" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setResult("copied");
    } catch {
      setResult("failed");
    }
  }
  return (
    <div className="space-y-2">
      <Button type="button" onClick={() => void copy()}>
        {label}
      </Button>
      <p role="status" className="min-h-6 text-sm font-medium text-brand-900">
        {result === "copied" ? copiedText : result === "failed" ? failedText : null}
      </p>
    </div>
  );
}
