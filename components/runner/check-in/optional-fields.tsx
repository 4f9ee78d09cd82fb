"use client";

import { useTranslations } from "next-intl";
import { MAX_COMMENT_LENGTH } from "@/lib/engine/client";
import { FieldError } from "./field-error";

type Field = { value: string; onChange: (value: string) => void; error?: string };

// The runner's own words for the physio: never required, at most MAX_COMMENT_LENGTH characters.
function CommentField({ date, value, onChange, error, hasPhysio }: Field & { date: string; hasPhysio: boolean }) {
  const t = useTranslations("checkIn");
  const id = `comment-${date}`;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {t("comment.label")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t(hasPhysio ? "comment.hint" : "comment.hintSelf", { max: MAX_COMMENT_LENGTH })}
      </p>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={MAX_COMMENT_LENGTH}
        rows={3}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full rounded-lg border border-slate-400 px-3 py-2"
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

// A note, sleep and resting heart rate: optional, folded away (a native disclosure); opened by itself
// when one is at fault or already filled in.
export function MoreFields({
  date,
  hasPhysio,
  comment,
  sleep,
  restingHr,
}: {
  date: string;
  hasPhysio: boolean;
  comment: Field;
  sleep: Field;
  restingHr: Field;
}) {
  const t = useTranslations("checkIn");
  const input = "mt-1 block min-h-12 w-full rounded-lg border border-slate-400 px-3";
  const filled = Boolean(comment.value || sleep.value || restingHr.value);
  const faulty = Boolean(comment.error || sleep.error || restingHr.error);
  return (
    <details className="rounded-xl border border-slate-200 p-3" open={faulty || filled || undefined}>
      <summary className="min-h-11 cursor-pointer content-center font-semibold">{t("optionalTitle")}</summary>
      <div className="mt-2">
        <CommentField date={date} hasPhysio={hasPhysio} {...comment} />
      </div>
      <div className="mt-3 grid grid-cols-2 gap-3">
        <div>
          <label className="block">
            <span className="block font-medium">{t("sleepHours")}</span>
            <input
              type="number"
              inputMode="decimal"
              min={0}
              max={24}
              step={0.5}
              value={sleep.value}
              onChange={(e) => sleep.onChange(e.target.value)}
              aria-invalid={sleep.error ? true : undefined}
              aria-describedby={sleep.error ? "sleepHours-error" : undefined}
              className={input}
            />
          </label>
          <FieldError id="sleepHours-error" message={sleep.error} />
        </div>
        <div>
          <label className="block">
            <span className="block font-medium">{t("restingHr")}</span>
            <input
              type="number"
              inputMode="numeric"
              min={25}
              max={220}
              value={restingHr.value}
              onChange={(e) => restingHr.onChange(e.target.value)}
              aria-invalid={restingHr.error ? true : undefined}
              aria-describedby={restingHr.error ? "restingHr-error" : undefined}
              className={input}
            />
          </label>
          <FieldError id="restingHr-error" message={restingHr.error} />
        </div>
      </div>
    </details>
  );
}
