"use client";

// A link to hand out: labelled, read-only, selected whole on focus so it is easy to copy by hand too.
export function ReadOnlyUrl({
  id,
  label,
  url,
  className = "bg-white",
}: {
  id: string;
  label: string;
  url: string;
  className?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input
        id={id}
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        className={`mt-1 block w-full min-w-0 rounded-lg border border-slate-400 px-3 py-3 font-mono text-sm ${className}`}
      />
    </div>
  );
}
