"use client";

import { differenceInCalendarDays, parseISO } from "date-fns";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { one, type StepProps } from "./step-fields";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function daysOff(lastRunOn: string, today: string): number | undefined {
  if (!ISO_DATE.test(lastRunOn)) return undefined;
  const days = differenceInCalendarDays(parseISO(today), parseISO(lastRunOn));
  return Number.isFinite(days) && days >= 0 ? days : undefined;
}

export function LastRunStep({
  values,
  message,
  today,
  earliest,
  forPhysio,
}: StepProps & { today: string; earliest: string }) {
  const t = useTranslations("onboarding.lastRun");
  const p = useTranslations("invite.intakeVoice");
  const [date, setDate] = useState(one(values.lastRunOn));
  const days = daysOff(date, today);
  return (
    <div className="space-y-3">
      <Field
        label={forPhysio ? p("lastRunLabel") : t("label")}
        name="lastRunOn"
        type="date"
        required
        min={earliest}
        max={today}
        defaultValue={one(values.lastRunOn)}
        onChange={(event) => setDate(event.currentTarget.value)}
        hint={forPhysio ? p("lastRunHint") : t("hint")}
        error={message("lastRunOn")}
        className="max-w-xs"
      />
      <p aria-live="polite" className="min-h-6 font-medium text-brand-900">
        {days === undefined ? "" : days < 7 ? t("daysOff", { days }) : t("weeksOff", { weeks: Math.floor(days / 7) })}
      </p>
      <Field
        label={forPhysio ? p("onsetLabel") : t("onsetLabel")}
        name="onsetOn"
        type="date"
        min={earliest}
        max={today}
        defaultValue={one(values.onsetOn)}
        hint={forPhysio ? p("onsetHint") : t("onsetHint")}
        error={message("onsetOn")}
        className="max-w-xs"
      />
    </div>
  );
}
