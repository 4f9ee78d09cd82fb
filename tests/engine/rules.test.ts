import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clinicalRules } from "@/lib/engine";
import en from "@/lib/i18n/messages/en/rules.json";
import nl from "@/lib/i18n/messages/nl/rules.json";

// One source for the physio's rule table: clinicalRules in the engine, the words in rules.json,
// and the table in lib/engine/README.md must list the same rules with the same sources and defaults.
function readmeRows(): { id: string; name: string; source: string; defaults: string }[] {
  const readme = readFileSync(join(process.cwd(), "lib/engine/README.md"), "utf8");
  const table = readme.split("<!-- rules:start -->")[1]?.split("<!-- rules:end -->")[0] ?? "";
  return table
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const [id = "", name = "", source = "", defaults = ""] = line
        .slice(1, -1)
        .split(" | ")
        .map((cell) => cell.trim());
      return { id: id.replaceAll("`", ""), name, source, defaults };
    });
}

describe("clinical rules table", () => {
  it("README lists exactly clinicalRules, in order, with the same source and default", () => {
    const expected = clinicalRules.map((rule) => ({
      ...rule,
      name: (en as Record<string, { name: string }>)[rule.id]?.name,
    }));
    expect(readmeRows()).toEqual(expected);
  });

  it("ids are unique and every rule has a source and a default", () => {
    expect(new Set(clinicalRules.map((r) => r.id)).size).toBe(clinicalRules.length);
    for (const rule of clinicalRules) {
      expect(rule.source.length, rule.id).toBeGreaterThan(3);
      expect(rule.defaults.length, rule.id).toBeGreaterThan(3);
    }
  });

  it.each([
    ["en", en],
    ["nl", nl],
  ] as const)("rules.json (%s) has a name and a text for every rule and nothing else", (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual(clinicalRules.map((r) => r.id).sort());
    for (const entry of Object.values(messages as Record<string, { name: string; text: string }>)) {
      expect(entry.name.length).toBeGreaterThan(3);
      expect(entry.text.length).toBeGreaterThan(10);
    }
  });
});
