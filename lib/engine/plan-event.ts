import { z } from "zod";
import { IsoDate } from "./iso-date";
import { PlanSettingsPatch } from "./settings";

export const Role = z.enum(["physio", "runner"]);
export type Role = z.infer<typeof Role>;

const base = { date: IsoDate, by: Role, note: z.string().max(1000).optional() };
const targetPhase = z.union([z.literal(2), z.literal(3), z.literal(4)]);

/** Dated actions by the physio or the runner; the engine replays them in date order. */
export const PlanEvent = z
  .discriminatedUnion("kind", [
    z.object({ ...base, kind: z.literal("approve_transition"), toPhase: targetPhase }),
    z.object({ ...base, kind: z.literal("decline_transition"), toPhase: targetPhase }),
    z.object({
      ...base,
      kind: z.literal("override"),
      phase: z.int().min(1).max(4).optional(),
      // Any level of the plan's ladder (long lay-offs have long ladders); the engine clamps to its top.
      level: z.int().min(1).optional(),
      backToLevelOn: IsoDate.optional(),
    }),
    z.object({ ...base, kind: z.literal("clearance") }),
    z.object({ ...base, kind: z.literal("settings_change"), settings: PlanSettingsPatch }),
    z.object({ ...base, kind: z.literal("interruption"), from: IsoDate, to: IsoDate }),
  ])
  .superRefine((event, ctx) => {
    if (event.kind === "override" && event.phase === undefined && event.level === undefined && !event.backToLevelOn) {
      ctx.addIssue({ code: "custom", message: "An override needs a phase, a level or a date", path: ["kind"] });
    }
    if (event.kind === "interruption" && event.from > event.to) {
      ctx.addIssue({ code: "custom", message: "An interruption ends on or after it starts", path: ["to"] });
    }
  });
export type PlanEvent = z.infer<typeof PlanEvent>;
