"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Progress } from "@/lib/services/get-progress";
import { LevelChart } from "./level-chart";
import { PainChart } from "./pain-chart";
import { ProjectionChart } from "./projection-chart";
import { SessionsChart } from "./sessions-chart";

async function fetchProgress(planId: string): Promise<Progress> {
  const response = await fetch(`/api/plans/${encodeURIComponent(planId)}/progress`, {
    credentials: "same-origin",
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`progress request failed with ${response.status}`);
  return (await response.json()) as Progress;
}

// The charts load in the browser from /api/plans/:id/progress; the numbers above them are on the page already.
export function ProgressCharts({ planId }: { planId: string }) {
  const t = useTranslations("progress");
  const query = useQuery({ queryKey: ["progress", planId], queryFn: () => fetchProgress(planId) });

  if (query.isPending) {
    return (
      <div role="status" className="space-y-4">
        <p className="font-medium text-muted">{t("loading")}</p>
        {[0, 1, 2].map((i) => (
          <div
            key={i}
            aria-hidden="true"
            className="h-64 animate-pulse rounded-xl border border-brand-100 bg-brand-50"
          />
        ))}
      </div>
    );
  }

  if (query.isError) {
    return (
      <div role="alert" className="space-y-3 rounded-xl bg-red-50 p-4 text-red-900">
        <p className="font-medium">{t("error")}</p>
        <Button type="button" variant="secondary" pending={query.isFetching} onClick={() => void query.refetch()}>
          {t("retry")}
        </Button>
      </div>
    );
  }

  const progress = query.data;
  return (
    <div className="space-y-5">
      <PainChart progress={progress} />
      <SessionsChart progress={progress} />
      <LevelChart progress={progress} />
      <ProjectionChart progress={progress} />
    </div>
  );
}
