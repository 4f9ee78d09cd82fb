"use client";

import { useTranslations } from "next-intl";
import { ChoiceCards } from "@/components/runner/onboarding/choice-cards";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";
import type { Preferences } from "@/lib/server/notification/preferences";

type Props = { role: "runner" | "physio"; timeZone: string; preferences: Preferences; action: FormAction };

const CHANNELS = ["email", "push", "both", "none"] as const;

// A runner chooses the daily reminder; a physio the alerts and the digest. The other role's values go
// along unchanged as hidden fields, so one action saves the whole set.
export function NotificationPreferencesForm({ role, timeZone, preferences, action }: Props) {
  const t = useTranslations("notify.prefs");
  const form = useKeptForm(action);
  const choices = CHANNELS.map((value) => ({ value, label: t(`channels.${value}`) }));
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage message={form.formError} />
      {form.succeeded ? <FormMessage tone="success" message={t("saved")} /> : null}
      {role === "runner" ? (
        <>
          <Field
            type="time"
            name="reminderTime"
            label={t("reminderTime")}
            hint={t("reminderHint", { timeZone })}
            defaultValue={preferences.reminderTime}
            error={form.fieldError("reminderTime")}
            required
          />
          <ChoiceCards
            name="reminderChannels"
            legend={t("reminderChannels")}
            selected={[preferences.reminderChannels]}
            error={form.fieldError("reminderChannels")}
            columns={1}
            choices={choices}
          />
          <label className="flex min-h-12 items-center gap-3 font-semibold">
            <input type="checkbox" name="calendarAlarm" defaultChecked={preferences.calendarAlarm} className="size-5" />
            {t("calendarAlarm")}
          </label>
          <input type="hidden" name="alertChannels" value={preferences.alertChannels} />
          <input type="hidden" name="digestTime" value={preferences.digestTime} />
          {preferences.digestEnabled ? <input type="hidden" name="digestEnabled" value="on" /> : null}
        </>
      ) : (
        <>
          <ChoiceCards
            name="alertChannels"
            legend={t("alertChannels")}
            hint={t("alertHint")}
            selected={[preferences.alertChannels]}
            error={form.fieldError("alertChannels")}
            columns={1}
            choices={choices}
          />
          <label className="flex min-h-12 items-center gap-3 font-semibold">
            <input type="checkbox" name="digestEnabled" defaultChecked={preferences.digestEnabled} className="size-5" />
            {t("digest")}
          </label>
          <Field
            type="time"
            name="digestTime"
            label={t("digestTime")}
            hint={t("digestHint", { timeZone })}
            defaultValue={preferences.digestTime}
            error={form.fieldError("digestTime")}
          />
          <input type="hidden" name="reminderTime" value={preferences.reminderTime} />
          <input type="hidden" name="reminderChannels" value={preferences.reminderChannels} />
          {preferences.calendarAlarm ? <input type="hidden" name="calendarAlarm" value="on" /> : null}
        </>
      )}
      <Button type="submit" variant="secondary" pending={form.pending}>
        {form.pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
