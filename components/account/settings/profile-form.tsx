"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormAction } from "@/lib/http/action-result";

type Props = {
  name: string;
  locale: "en" | "nl";
  timeZone: string;
  timeZones: string[];
  nameLocked: boolean;
  action: FormAction;
};

const selectClass = "mt-1 block min-h-12 w-full rounded-lg border border-slate-400 bg-white px-3 text-base";

export function ProfileForm({ name, locale, timeZone, timeZones, nameLocked, action }: Props) {
  const t = useTranslations("settings.profile");
  const form = useKeptForm(action);
  const zoneError = form.fieldError("timeZone");
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage message={form.formError} />
      {form.succeeded ? <FormMessage tone="success" message={t("saved")} /> : null}
      {nameLocked ? (
        <>
          <input type="hidden" name="name" value={name} />
          <p>
            <span className="font-semibold">{t("name")}:</span> {name}
            <span className="block text-sm text-muted">{t("nameLocked")}</span>
          </p>
        </>
      ) : (
        <Field
          label={t("name")}
          name="name"
          defaultValue={name}
          autoComplete="name"
          maxLength={100}
          required
          error={form.fieldError("name")}
        />
      )}
      <SelectField
        id="field-locale"
        label={t("language")}
        name="locale"
        defaultValue={locale}
        selectClassName={selectClass}
        options={[
          { value: "en", label: "English" },
          { value: "nl", label: "Nederlands" },
        ]}
      />
      <SelectField
        id="field-timeZone"
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        error={zoneError}
        name="timeZone"
        defaultValue={timeZone}
        selectClassName={selectClass}
        options={timeZones.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }))}
      />
      <Button type="submit" pending={form.pending}>
        {t("save")}
      </Button>
    </form>
  );
}
