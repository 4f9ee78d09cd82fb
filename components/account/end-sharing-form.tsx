"use client";

import { useTranslations } from "next-intl";
import { ConfirmStepForm } from "@/components/ui/confirm-step-form";
import type { FormAction } from "@/lib/http/action-result";

// The runner stops sharing their plan with their physio: "End sharing", then what that means.
export function EndSharingForm({ physioName, action }: { physioName: string; action: FormAction }) {
  const t = useTranslations("account.physio");
  return (
    <ConfirmStepForm
      action={action}
      start={t("end")}
      confirm={t("endConfirm", { name: physioName })}
      submit={t("endSubmit")}
      cancel={t("cancel")}
    />
  );
}
