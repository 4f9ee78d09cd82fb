// The layer rules of eslint.config.mjs, proven to refuse what they promise to refuse (and to let the
// allowed direction through), so a rule edited into silence fails here and not in review.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function refused(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const importOf = (spec: string) => `import { x } from "${spec}";\nexport const y = x;\n`;
const typeImportOf = (spec: string) => `import type { X } from "${spec}";\nexport type Y = X;\n`;

describe("layer rules", () => {
  it.each([
    ["lib/engine/ladder.ts", "@/lib/db/schema"],
    ["lib/db/mappers.ts", "@/lib/server/plan/queries"],
    ["lib/db/mappers.ts", "@/lib/http/route"],
    ["lib/auth/session.ts", "@/lib/server/plan/load-plan"],
    ["lib/security/auth-hooks.ts", "@/lib/http/route"],
    ["lib/server/plan/load-plan.ts", "@/lib/http/route"],
    ["lib/server/plan/load-plan.ts", "@/components/ui/button"],
    ["lib/server/plan/load-plan.ts", "@/lib/scripts/demo-data"],
    ["lib/mail/send.ts", "@/lib/runtime/serve"],
    ["app/[locale]/(app)/today/page.tsx", "@/lib/server/plan/queries"],
    ["components/ui/button.tsx", "@/lib/db/schema"],
    ["components/ui/button.tsx", "@/app/[locale]/layout"],
  ])("%s may not import %s", async (file, spec) => {
    expect(await refused(file, importOf(spec))).not.toEqual([]);
  });

  it.each([
    ["lib/server/plan/load-plan.ts", "@/lib/db/schema"],
    ["lib/server/check-in/record-check-in.ts", "@/lib/engine"],
    ["lib/http/page-guard.ts", "@/lib/server/plan/load-plan"],
    ["app/[locale]/(app)/today/page.tsx", "@/lib/server/plan/load-plan"],
    ["components/physio/patient/patient-frame.tsx", "@/lib/db/client"],
    ["lib/runtime/serve.ts", "@/lib/jobs/workers"],
  ])("%s may import %s", async (file, spec) => {
    expect(await refused(file, importOf(spec))).toEqual([]);
  });

  it("types may cross downward-facing rules (erased before anything runs)", async () => {
    expect(await refused("lib/auth/permissions.ts", typeImportOf("@/lib/server/plan/queries"))).toEqual([]);
    expect(await refused("lib/auth/permissions.ts", importOf("@/lib/server/plan/queries"))).not.toEqual([]);
  });
});
