// Several saves of the same new day at once (two phones, a double tap): one row, exactly one
// "saved", the rest "corrected", and audit rows that say the same. Each save differs (pain after 0..7):
// resending a report identical to the stored one changes nothing and writes no audit row.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { listCheckIns } from "@/lib/server/check-in/queries";
import { auditLog } from "@/lib/db/schema";
import { recordCheckIn } from "@/lib/server/check-in/record-check-in";
import { buildCheckIn } from "../engine/factories";
import { createCalfPlan } from "../factories/db";
import { createCaller } from "../factories/session-user";
import { createTestDatabase } from "../setup/test-db";

const { db } = await createTestDatabase();
const TODAY = "2026-11-21";

describe("concurrent saves of one day", () => {
  it.each([2, 5, 8])("%i at once: one row, one saved, the rest corrected, audit rows to match", async (n) => {
    const runner = await createCaller(db);
    const plan = await createCalfPlan(db, runner.id);
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        recordCheckIn(db, runner, {
          planId: plan.id,
          input: buildCheckIn({ date: TODAY, painAfter: i }),
          today: TODAY,
        }),
      ),
    );
    expect(results.filter((r) => !r.corrected)).toHaveLength(1);
    expect(results.filter((r) => r.corrected)).toHaveLength(n - 1);
    expect(await listCheckIns(db, plan.id)).toHaveLength(1);
    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.planId, plan.id));
    expect(audit.filter((a) => a.action === "check_in.saved")).toHaveLength(1);
    expect(audit.filter((a) => a.action === "check_in.corrected")).toHaveLength(n - 1);
  });
});
