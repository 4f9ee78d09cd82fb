import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { citations, clinicalRules, formatCitation } from "@/lib/engine";
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
      id: rule.id,
      name: (en as Record<string, { name: string }>)[rule.id]?.name,
      source: rule.sources.map((id) => formatCitation(citations[id])).join("; "),
      defaults: rule.defaults,
    }));
    expect(readmeRows()).toEqual(expected);
  });

  it("ids are unique and every rule has a source and a default", () => {
    expect(new Set(clinicalRules.map((r) => r.id)).size).toBe(clinicalRules.length);
    for (const rule of clinicalRules) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      expect(rule.defaults.length, rule.id).toBeGreaterThan(3);
    }
  });

  it.each([
    ["en", en],
    ["nl", nl],
  ] as const)("rules.json (%s) has a name, a text and the defaults for every rule and nothing else", (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual(clinicalRules.map((r) => r.id).sort());
    for (const entry of Object.values(messages as Record<string, { name: string; text: string; defaults: string }>)) {
      expect(entry.name.length).toBeGreaterThan(3);
      expect(entry.text.length).toBeGreaterThan(10);
      expect(entry.defaults.length).toBeGreaterThan(3);
    }
  });

  // The rules page shows the defaults from the messages: the English ones are the engine's own words (the
  // table in lib/engine/README.md), so a changed default shows up here and its Dutch text gets a look.
  it("the English defaults on the rules page are the engine's", () => {
    for (const rule of clinicalRules)
      expect((en as Record<string, { defaults: string }>)[rule.id]?.defaults).toBe(rule.defaults);
  });
});

// A physio checks a rule against its source: every source is a real citation (first author, year and a
// journal with volume and pages, or the dated article the product was built on), never an internal note.
describe("rule sources are citations", () => {
  const internal = /seed|domain|§|physioadvisor|runacademy|\.(com|nl|au|org)\b|www|practice|brief/i;

  it.each(clinicalRules.map((rule) => [rule.id, rule] as const))("%s cites published sources only", (_, rule) => {
    for (const id of rule.sources) {
      const citation = citations[id];
      expect(citation, `${rule.id} → ${id}`).toBeDefined();
      expect(citation.authors).toMatch(/^(M\. )?[A-Z][a-zé]+( et al\.| & [A-Z][a-z]+)?$/);
      expect(citation.year).toBeGreaterThanOrEqual(1990);
      expect(citation.year).toBeLessThanOrEqual(2026);
      expect(formatCitation(citation)).not.toMatch(internal);
      if (citation.kind === "journal") {
        expect(citation.journal).toMatch(/^[A-Z][A-Za-z ]+$/);
        expect(citation.reference).toMatch(/^\d+(\(\d+\))?(:\d+–\d+)?$/);
      } else {
        // The two source articles by M. Steunebrink, cited by title and day (the rule of thumb's is 19 January 2026).
        expect(citation.authors).toBe("M. Steunebrink");
        expect(citation.publishedOn.startsWith(String(citation.year))).toBe(true);
      }
    }
  });

  it("the rule of thumb cites M. Steunebrink's article of 19 January 2026", () => {
    const rule = clinicalRules.find((r) => r.id === "ruleOfThumb");
    expect(rule?.sources.map((id) => citations[id])).toContainEqual(
      expect.objectContaining({ authors: "M. Steunebrink", publishedOn: "2026-01-19" }),
    );
  });

  it("the rows that used to cite internal notes now cite journals", () => {
    for (const id of ["redFlags", "redFlagPause", "painRising", "walkRun", "breakInRunning", "strengthAndRunning"]) {
      const rule = clinicalRules.find((r) => r.id === id);
      expect(
        rule?.sources.every((source) => citations[source].kind === "journal"),
        id,
      ).toBe(true);
    }
  });
});
