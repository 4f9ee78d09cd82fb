"use client";

import { useTranslations } from "next-intl";
import { LabelledControl } from "@/components/ui/labelled-control";
import { selectBox } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/server/onboarding/steps";

const input = "mt-1 block min-h-11 w-full max-w-md rounded-lg border border-slate-400 bg-white px-3 text-base";

// Who the invite is for: the name (in the physio's list and on the invite page) and, if the physio wants
// the app to send it, the address and the language of the email. Both optional.
export function RecipientFields({
  values,
  errors,
  message,
  defaultLocale,
}: {
  values?: Record<string, string | string[]>;
  errors?: FieldErrors;
  message: (field: string) => string | undefined;
  defaultLocale: "nl" | "en";
}) {
  const t = useTranslations("invite.create");
  const languages = useTranslations("common.languageName");
  const value = (name: string) => (typeof values?.[name] === "string" ? (values[name] as string) : undefined);
  return (
    <div className="space-y-3">
      <LabelledControl
        id="invite-patient-name"
        label={t("patientName")}
        hint={t("patientNameHelp")}
        invalid={errors?.patientName ? true : undefined}
        error={message("patientName")}
      >
        {(control) => (
          <input
            {...control}
            name="patientName"
            autoComplete="off"
            maxLength={100}
            defaultValue={value("patientName")}
            className={input}
          />
        )}
      </LabelledControl>
      <LabelledControl
        id="invite-email"
        label={t("email")}
        hint={t("emailHelp")}
        invalid={errors?.email ? true : undefined}
        error={message("email")}
      >
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="off"
            inputMode="email"
            defaultValue={value("email")}
            className={input}
          />
        )}
      </LabelledControl>
      <LabelledControl id="invite-mail-locale" label={t("mailLocale")}>
        {(control) => (
          <select
            {...control}
            name="mailLocale"
            defaultValue={value("mailLocale") ?? defaultLocale}
            className={`${selectBox} max-w-xs`}
          >
            <option value="nl">{languages("nl")}</option>
            <option value="en">{languages("en")}</option>
          </select>
        )}
      </LabelledControl>
    </div>
  );
}
