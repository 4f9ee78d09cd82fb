import type { PlanState } from "@/lib/engine";
import type { SchemaFormAction } from "@/lib/http/form-action";
import type { ReasonLike } from "@/lib/i18n/reason-text";
import { ClearanceForm } from "./clearance-form";
import type { Translate } from "@/lib/i18n/app-config";

type Props = {
  planId: string;
  state: PlanState;
  hasPhysio: boolean;
  /** A warning sign was reported and later corrected away: the plan stays paused, and we say why. */
  correctedAway: boolean;
  t: Translate;
  reason: (r: ReasonLike) => string;
  /** The self-guided runner's "a clinician cleared me" action. */
  clearance: SchemaFormAction;
};

// The plan is paused: why, what to do now, and no running on offer (DOMAIN §5).
// Signs of a possible clot or infection need a doctor the same day, not an appointment soon.
const urgentFlags = ["hotSwollenCalf", "feelingIll"];

export function RedFlagScreen({ planId, state, hasPhysio, correctedAway, t, reason, clearance }: Props) {
  const flags = state.redFlags;
  const urgent = flags.some((r) => urgentFlags.some((f) => r.key.endsWith(`.${f}`)));
  return (
    <section aria-labelledby="red-flag-title" className="mt-4 rounded-xl border-2 border-red-700 bg-red-50 p-4">
      <h1 id="red-flag-title" className="text-2xl font-bold text-red-900">
        {t("today.redFlag.title")}
      </h1>
      <p className="mt-2">{t("today.redFlag.why")}</p>
      <ul className="mt-2 list-disc pl-5 font-semibold">
        {(flags.length > 0 ? flags : state.lastDecision.reasons).map((r, i) => (
          <li key={`${r.key}-${i}`}>{reason(r)}</li>
        ))}
      </ul>
      {correctedAway ? <p className="mt-2">{t("today.redFlag.corrected")}</p> : null}
      {urgent ? (
        <p className="mt-3 rounded-lg bg-red-800 p-3 font-semibold text-white">{t("today.redFlag.urgent")}</p>
      ) : null}
      <h2 className="mt-4 text-lg font-bold text-red-900">{t("today.redFlag.nowTitle")}</h2>
      <ol className="mt-1 list-decimal space-y-1 pl-5">
        <li>{t("today.redFlag.stop")}</li>
        <li>{t("today.redFlag.see")}</li>
        <li>{hasPhysio ? t("today.redFlag.physioAlerted") : t("today.redFlag.selfGuided")}</li>
      </ol>
      <p className="mt-3 text-sm">{t("today.redFlag.noDiagnosis")}</p>
      {hasPhysio ? null : <ClearanceForm planId={planId} clearance={clearance} />}
    </section>
  );
}
