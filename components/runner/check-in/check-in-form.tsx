"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { CheckIn } from "@/lib/engine";
import { listQueued, queueKey, removeQueued, type QueuedCheckIn } from "@/lib/client/offline/check-in-queue";
import { ChoiceGroup } from "./choice-group";
import { CheckInOutcomePanel } from "./outcome-panel";
import { MoreFields } from "./optional-fields";
import { EffortScale } from "./effort-scale";
import { PainScale, PainScales } from "./pain-scale";
import { ReadinessFields, isReadinessEntryComplete } from "./readiness-fields";
import { SessionList } from "./session-list";
import { useCheckInForm, type CheckInFormProps } from "./use-check-in-form";
import { PainfulActivities, WarningSigns } from "./warning-signs";

export type { CheckInFormProps } from "./use-check-in-form";

export function CheckInForm(props: CheckInFormProps) {
  const [queued, setQueued] = useState<{ item?: QueuedCheckIn; ready: boolean }>({ ready: false });
  useEffect(() => {
    const key = queueKey(props.planId, props.date);
    listQueued()
      .then((items) => setQueued({ item: items.find((i) => i.key === key), ready: true }))
      .catch(() => setQueued({ ready: true }));
  }, [props.planId, props.date]);
  // The same key before and after the look into the queue: what the runner tapped meanwhile stays (a
  // change of key would mount a fresh form). Answers kept on this phone replace the form: still waiting
  // (made from the version they carry), or a draft the server refused because the day changed since
  // (saving it again replaces today's version, which the page was rendered with, as the runner is told).
  const item = queued.item;
  if (!queued.ready || !item) return <CheckInFields key="server" {...props} />;
  const isDraft = item.status === "refused" && item.conflict === true;
  return (
    <CheckInFields
      key="queued"
      {...props}
      existing={item.input as CheckIn}
      baseVersion={isDraft ? props.baseVersion : (item.baseVersion ?? props.baseVersion)}
      wasQueued={item.status === "waiting"}
      isDraft={isDraft}
    />
  );
}

function CheckInFields(props: CheckInFormProps & { wasQueued?: boolean; isDraft?: boolean }) {
  const { date, phase, planned, askYesterday, crossTrainingOptions, readinessTests, existing } = props;
  const t = useTranslations("checkIn");
  const tOffline = useTranslations("offline");
  const errorRef = useRef<HTMLDivElement>(null);
  const form = useCheckInForm(
    { ...props, wasQueued: props.wasQueued ?? false, isDraft: props.isDraft ?? false },
    errorRef,
  );
  const { values, set, missing, fieldError } = form;
  const did = (kind: string) => values.sessions.some((s) => s.kind === kind && s.done !== "none");

  if (form.outcome) return <CheckInOutcomePanel outcome={form.outcome} hasPhysio={props.hasPhysio} />;

  return (
    <form onSubmit={form.submit} className="space-y-3" noValidate>
      {/* Empty on a day without a message: no gap for it then (it stays in place to take the focus). */}
      <div ref={errorRef} tabIndex={-1} className="empty:mb-0">
        <FormMessage message={form.error} />
        {form.isDraft ? (
          <DraftNotice
            onDiscard={async () => {
              await removeQueued(queueKey(props.planId, date));
              window.location.reload();
            }}
          />
        ) : null}
      </div>
      {askYesterday ? (
        <ChoiceGroup
          name="soreAfterYesterdaysRun"
          legend={t("yesterday.question")}
          value={values.yesterday}
          onChange={set.setYesterday}
          error={fieldError("soreAfterYesterdaysRun")}
          options={(["no", "yes"] as const).map((v) => ({ value: v, label: t(`yesterday.${v}`) }))}
        />
      ) : null}

      <SessionList
        sessions={values.sessions}
        onChange={set.setSessions}
        planned={planned}
        // This session's open answer, or the server's word on the day's sessions.
        errorOf={(id) => {
          const server = missing.find((f) => f.startsWith("sessions") || f === "sessionKind" || f === "minutes");
          return form.sessionError(id) ?? (server ? fieldError(server) : undefined);
        }}
      />

      <PainScales lowLabel={t("painLow")} highLabel={t("painHigh")}>
        {form.askedPains.map((p) => (
          <PainScale
            key={p}
            name={p}
            legend={t(`pain.${p}`)}
            hint={form.isRest && p === "painRest" ? t("painHint.restDay") : t(`painHint.${p}`)}
            value={values.pain[p]}
            onChange={set.setPainOf}
            error={fieldError(p)}
          />
        ))}
      </PainScales>

      {form.isRun ? (
        <ChoiceGroup
          name="soreness"
          legend={t("sorenessQuestion")}
          value={values.soreness}
          onChange={set.setSoreness}
          error={fieldError("soreness")}
          columns="grid-cols-2"
          options={form.sorenessOptions.map((s) => ({ value: s, label: t(`soreness.${s}`) }))}
        />
      ) : null}

      {!form.isRest ? (
        <EffortScale value={values.rpe} onChange={set.setRpe} legend={t("rpe")} error={fieldError("rpe")} />
      ) : null}

      <WarningSigns
        any={values.anyFlag}
        onAny={set.setAnyFlag}
        value={values.flagState}
        onChange={set.setFlagState}
        error={fieldError("warningSigns")}
        hasPhysio={props.hasPhysio}
      />

      {phase === 1 && did("cross_training") ? (
        <PainfulActivities options={crossTrainingOptions} value={values.painful} onChange={set.setPainful} />
      ) : null}

      {phase === 3 ? (
        <ReadinessFields
          tests={readinessTests}
          value={values.readiness}
          onChange={set.setReadiness}
          // A test stays marked until what was measured is filled in.
          incomplete={readinessTests.filter(
            (id) =>
              missing.some((f) => f.startsWith(`readiness.${id}`)) &&
              !isReadinessEntryComplete(id, values.readiness[id] ?? {}),
          )}
        />
      ) : null}

      <MoreFields
        date={date}
        hasPhysio={props.hasPhysio}
        comment={{ value: values.comment, onChange: set.setComment, error: fieldError("comment") }}
        sleep={{ value: values.sleepHours, onChange: set.setSleepHours, error: fieldError("sleepHours") }}
        restingHr={{ value: values.restingHr, onChange: set.setRestingHr, error: fieldError("restingHr") }}
      />

      {form.isQueued ? (
        <div role="status" className="rounded-xl border-l-4 border-amber-500 bg-amber-50 p-3">
          <p className="font-semibold">{tOffline("queuedTitle")}</p>
          <p className="text-sm">{tOffline("queuedBody")}</p>
        </div>
      ) : null}
      <Button type="submit" pending={form.pending} className="w-full text-lg">
        {form.pending ? t("saving") : form.isDraft ? tOffline("saveDraft") : existing ? t("saveCorrection") : t("save")}
      </Button>
    </form>
  );
}

// The day was changed since these answers were made (on another device, or a report sent before this
// one): the newer report stays saved, these answers wait here as a draft until the runner chooses.
function DraftNotice({ onDiscard }: { onDiscard: () => Promise<void> }) {
  const t = useTranslations("offline");
  return (
    <div role="alert" className="rounded-xl border-l-4 border-amber-500 bg-amber-50 p-3">
      <p className="font-semibold">{t("changedSince")}</p>
      <p className="text-sm">{t("draftHelp")}</p>
      <button
        type="button"
        onClick={() => void onDiscard()}
        className="mt-2 min-h-11 rounded-lg px-3 font-semibold text-red-900 underline"
      >
        {t("discardDraft")}
      </button>
    </div>
  );
}
