import {
  LSI_TARGET,
  readinessAttempts,
  readinessCriteria,
  readinessTestIdList,
  type CheckIn,
  type ReadinessAttempt,
  type ReadinessTestId,
} from "@/lib/engine";
import type { Translate } from "@/lib/i18n/app-config";
import type { DateText } from "./types";

type Status = "passed" | "notMet" | "notDone" | "again";

const statusLook: Record<Status, string> = {
  passed: "bg-brand-50 text-brand-900",
  notMet: "bg-red-50 text-red-900",
  again: "bg-amber-50 text-amber-900",
  notDone: "bg-slate-100 text-slate-800",
};

/** How many earlier attempts each test lists: enough for a trend, short enough for a phone. */
const EARLIER_SHOWN = 4;

// One attempt in words: the measured values against nothing but themselves (the criterion is above it).
export function attemptText(a: ReadinessAttempt, t: Translate): string {
  const parts: string[] = [];
  if (a.left !== null && a.right !== null) {
    parts.push(t("patient.readiness.sides", { left: a.left, right: a.right }));
    if (a.lsi !== null)
      parts.push(t(a.lsi < LSI_TARGET ? "patient.readiness.lsiLow" : "patient.readiness.lsi", { lsi: a.lsi }));
  }
  if (a.minutes !== null) parts.push(t("patient.readiness.minutes", { minutes: a.minutes }));
  if (a.count !== null) parts.push(t("patient.readiness.hops", { count: a.count }));
  if (a.seconds !== null) parts.push(t("patient.readiness.seconds", { seconds: a.seconds }));
  parts.push(t("patient.readiness.pain", { pain: a.pain }));
  return parts.join(" · ");
}

function criterionText(id: ReadinessTestId, limit: number, t: Translate): string {
  const c = readinessCriteria[id];
  switch (c.kind) {
    case "minutes":
      return t("patient.readiness.criterion.minutes", { minutes: c.minutes, limit });
    case "eachSide":
      return t("patient.readiness.criterion.eachSide", { reps: c.reps, limit });
    case "hops":
      return t("patient.readiness.criterion.hops", { count: c.count, seconds: c.seconds, limit });
    case "painOnly":
      return t("patient.readiness.criterion.painOnly", { limit });
  }
}

// The running tests as the physio decides on them: each test's latest result against its criterion (left and
// right with the limb symmetry index, the pain, who measured it) and the trend of the attempts before it.
// `counted` is the engine's verdict for the current stint in phase 3; an attempt before a restart does not count.
export function ReadinessPanel({
  tests,
  attempts,
  counted,
  limit,
  t,
  date,
  headingLevel = 3,
}: {
  tests: readonly ReadinessTestId[];
  attempts: Partial<Record<ReadinessTestId, ReadinessAttempt[]>>;
  counted: Partial<Record<ReadinessTestId, boolean>> | null;
  limit: number;
  t: Translate;
  date: DateText;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="mt-2 space-y-3" data-testid="readiness-panel">
      <p className="text-sm text-muted">{t("patient.readiness.lead", { limit })}</p>
      <ul className="grid gap-3 lg:grid-cols-2">
        {tests.map((id) => {
          const all = attempts[id] ?? [];
          const latest = all.at(-1);
          const earlier = all.slice(0, -1).slice(-EARLIER_SHOWN).reverse();
          const status: Status =
            counted?.[id] === true ? "passed" : !latest ? "notDone" : latest.passed ? "again" : "notMet";
          return (
            <li key={id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`readiness-${id}`}>
              <Heading className="font-semibold">{t(`checkIn.readiness.test.${id}`)}</Heading>
              <p className="text-sm text-muted">{criterionText(id, limit, t)}</p>
              <p className={`mt-1 inline-block rounded px-2 py-0.5 text-sm font-semibold ${statusLook[status]}`}>
                {t(`patient.readiness.status.${status}`)}
              </p>
              {latest ? (
                <div className="mt-1">
                  <p className="text-sm">
                    {t("patient.readiness.latest", { date: date(latest.on, "dayMonth") })} ·{" "}
                    <span className={latest.source === "clinic" ? "font-semibold" : ""}>
                      {t(`patient.readiness.source.${latest.source}`)}
                    </span>
                  </p>
                  <p className={latest.lsi !== null && latest.lsi < LSI_TARGET ? "font-semibold text-red-900" : ""}>
                    {attemptText(latest, t)}
                  </p>
                </div>
              ) : null}
              {earlier.length > 0 ? (
                <>
                  <p className="mt-2 text-sm font-semibold">{t("patient.readiness.earlier")}</p>
                  <ol className="text-sm">
                    {earlier.map((a, i) => (
                      <li key={i}>
                        <time dateTime={a.on}>{date(a.on, "dayMonth")}</time>
                        {a.source === "clinic" ? ` (${t("patient.readiness.source.clinic")})` : ""}: {attemptText(a, t)}{" "}
                        — {t(a.passed ? "patient.readiness.met" : "patient.readiness.notMetShort")}
                      </li>
                    ))}
                  </ol>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** One day's running tests in words ("Single-leg calf raises: left 18 · right 22 · LSI 82 %: below 90 % · pain 1/10"). */
export function readinessLinesOf(c: Pick<CheckIn, "date" | "readiness">, tolerance: number, t: Translate): string[] {
  const byTest = readinessAttempts({ checkIns: [c], events: [], tolerance });
  return readinessTestIdList.flatMap((id) =>
    (byTest[id] ?? []).map((a) => `${t(`checkIn.readiness.test.${id}`)}: ${attemptText(a, t)}`),
  );
}
