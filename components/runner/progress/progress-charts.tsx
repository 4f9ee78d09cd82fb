import type { Progress } from "@/lib/server/plan/progress";
import { LevelChart } from "./level-chart";
import { PainChart } from "./pain-chart";
import { ProjectionChart } from "./projection-chart";
import { SessionsChart } from "./sessions-chart";

// The charts draw the progress the page has already built on the server: one read of the plan per
// page (GET /api/plans/:id/progress gives other clients the same data).
export function ProgressCharts({ progress }: { progress: Progress }) {
  return (
    <div className="space-y-5">
      <PainChart progress={progress} />
      <SessionsChart progress={progress} />
      <LevelChart progress={progress} />
      <ProjectionChart progress={progress} />
    </div>
  );
}
