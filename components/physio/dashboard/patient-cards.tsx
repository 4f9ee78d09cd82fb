import type { PatientListItem } from "@/lib/services/list-patients";
import { Link } from "@/lib/i18n/navigation";
import { AlertBadges } from "./alert-badges";
import { UnreadBadge } from "./unread-badge";
import { PainCell, patientTexts } from "./patient-cells";
import type { TranslateIn } from "@/lib/i18n/app-config";
import type { InjurySite } from "@/lib/engine";

type T = TranslateIn<"physio">;

// Phone: one card per patient, the whole name a link, alerts on top where the eye lands.
export function PatientCards({ patients, t, locale }: { patients: PatientListItem[]; t: T; locale: string }) {
  return (
    <ul className="space-y-3">
      {patients.map((p) => {
        const x = patientTexts(p, t, locale);
        return (
          <li
            key={p.planId}
            className={`rounded-xl border bg-white p-3 shadow-sm ${p.alerts.some((a) => a.kind === "red_flag") ? "border-red-300" : "border-brand-100"}`}
          >
            <h2 className="text-lg font-bold">
              <Link href={`/physio/patients/${p.planId}`} className="text-brand-900 underline-offset-2 hover:underline">
                {p.name}
              </Link>
            </h2>
            <UnreadBadge planId={p.planId} count={p.unreadMessages} t={t} />
            <p className="text-sm text-muted">
              {x.phase} · {x.status ?? x.phaseName}
              {p.site ? ` · ${t(`site.${p.site as InjurySite}`)}` : ""}
            </p>
            {p.alerts.length > 0 ? (
              <div className="mt-2">
                <AlertBadges alerts={p.alerts} t={t} />
              </div>
            ) : null}
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
              <div>
                <dt className="text-muted">{t("col.lastCheckIn")}</dt>
                <dd className="font-medium">{x.lastCheckIn}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("col.daysInPhase")}</dt>
                <dd className="font-medium">{x.daysInPhase}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("col.pain")}</dt>
                <dd>
                  <PainCell p={p} t={t} />
                </dd>
              </div>
              <div>
                <dt className="text-muted">{t("col.adherence")}</dt>
                <dd className="font-medium">{x.adherence}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("col.sessions")}</dt>
                <dd className="font-medium">{x.sessions}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("col.running")}</dt>
                <dd className="font-medium">{x.running}</dd>
              </div>
              <div className="col-span-2">
                <dt className="text-muted">{t("col.back")}</dt>
                <dd className="font-medium">
                  {x.back}
                  {x.backDetail ? <span className="font-normal text-muted"> ({x.backDetail})</span> : null}
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
