// Every text in both languages: the same keys, ICU that parses (with the formatter next-intl uses), the
// same arguments, real plurals instead of "week(s)", and a text for every key that arrives as data.
import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { clinicalRules, defaultSettings, IntakeCorrection, PlanEvent } from "@/lib/engine";
import { changedFields } from "@/lib/server/plan/plan-changes";
import { buildIntake } from "../engine/factories";
import { engineMessages } from "@/lib/i18n/engine-messages";

const root = path.resolve(__dirname, "../../lib/i18n/messages");
const locales = ["en", "nl"] as const;
type Flat = Record<string, string>;

function flatten(node: unknown, prefix = "", out: Flat = {}): Flat {
  if (typeof node === "string") out[prefix] = node;
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else throw new Error(`${prefix}: not a text (${typeof node})`);
  return out;
}

const files = fs.readdirSync(path.join(root, "en")).filter((f) => f.endsWith(".json"));
const read = (locale: string, file: string) =>
  JSON.parse(fs.readFileSync(path.join(root, locale, file), "utf8")) as unknown;
const all: Record<(typeof locales)[number], Flat> = {
  en: {
    ...Object.fromEntries(files.flatMap((f) => Object.entries(flatten(read("en", f), f.replace(".json", ""))))),
    ...flatten(engineMessages.en, "engine"),
  },
  nl: {
    ...Object.fromEntries(files.flatMap((f) => Object.entries(flatten(read("nl", f), f.replace(".json", ""))))),
    ...flatten(engineMessages.nl, "engine"),
  },
};

// The parser's element types (@formatjs/icu-messageformat-parser): 1 argument, 2 number, 3 date,
// 4 time, 5 select, 6 plural, 8 tag; select and plural hold their own messages per option.
type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };
function argumentsOf(elements: Element[], out = new Map<string, number>()): Map<string, number> {
  for (const el of elements) {
    if ([1, 2, 3, 4, 5, 6].includes(el.type) && el.value) out.set(el.value, Math.max(out.get(el.value) ?? 0, el.type));
    for (const option of Object.values(el.options ?? {})) argumentsOf(option.value, out);
    if (el.children) argumentsOf(el.children, out);
  }
  return out;
}
const sample = (type: number) =>
  type === 2 || type === 6
    ? 2
    : type === 3 || type === 4
      ? new Date(Date.UTC(2026, 10, 23))
      : type === 5
        ? "other"
        : "x";

describe("message files (en, nl)", () => {
  it("both languages have the same files and exactly the same keys", () => {
    expect(fs.readdirSync(path.join(root, "nl")).sort()).toEqual(fs.readdirSync(path.join(root, "en")).sort());
    for (const file of files) {
      const en = Object.keys(flatten(read("en", file))).sort();
      const nl = Object.keys(flatten(read("nl", file))).sort();
      expect(nl, `nl/${file}`).toEqual(en);
    }
    expect(Object.keys(all.nl).sort()).toEqual(Object.keys(all.en).sort());
  });

  it.each(locales)("every %s message parses as ICU and formats with sample values", (locale) => {
    for (const [key, text] of Object.entries(all[locale])) {
      let format: IntlMessageFormat;
      try {
        format = new IntlMessageFormat(text, locale, undefined, { ignoreTag: false });
      } catch (error) {
        throw new Error(`${locale} ${key}: ${(error as Error).message}`);
      }
      const values = Object.fromEntries(
        [...argumentsOf(format.getAst() as Element[])].map(([name, type]) => [name, sample(type)]),
      );
      const tags = Object.fromEntries(Object.keys(values).map((name) => [name, values[name]]));
      expect(
        () =>
          format.format({
            ...tags,
            ...Object.fromEntries(tagNames(text).map((tag) => [tag, (chunks: unknown) => chunks])),
          }),
        `${locale} ${key}`,
      ).not.toThrow();
    }
  });

  it("a message uses the same arguments in both languages", () => {
    for (const [key, en] of Object.entries(all.en)) {
      const names = (text: string, locale: string) =>
        [...argumentsOf(new IntlMessageFormat(text, locale).getAst() as Element[]).keys()].sort();
      expect(names(all.nl[key] ?? "", "nl"), key).toEqual(names(en, "en"));
    }
  });

  // ICU plurals everywhere: "1 week", "3 weken", never "week(s)" or "week/weken".
  it.each(locales)("no hand-made plurals in %s", (locale) => {
    const handMade = /\w\((s|en|n)\)|\b(week\/weken|dag\/dagen|day\/days|run\/runs)\b/i;
    const found = Object.entries(all[locale]).filter(([, text]) => handMade.test(text.replace(/\(s\)"?$/, "")));
    expect(found.filter(([key]) => !/Seconds$|\.seconds$/.test(key))).toEqual([]);
  });

  it("Dutch says plan (one word for it), therapietrouw and loopjes", () => {
    const nl = Object.values(all.nl).join("\n");
    expect(nl).not.toMatch(/\bschema('s)?\b/i);
    expect(nl).not.toMatch(/(?<!therapie)\btrouw\b/i);
    expect(nl).not.toMatch(/\b(goede loop|de loop|\d+ lopen|twee lopen)\b/i);
  });
});

describe("keys that arrive as data have a text in both languages", () => {
  it("the physio's wording of the progress charts only replaces texts that exist", () => {
    for (const key of Object.keys(all.en).filter((k) => k.startsWith("progressForPhysio.")))
      expect(all.en[key.replace("progressForPhysio.", "progress.")], key).toBeDefined();
  });

  it("every clinical rule has a name, a text and its defaults", () => {
    for (const rule of clinicalRules)
      for (const locale of locales)
        for (const part of ["name", "text", "defaults"])
          expect(all[locale][`rules.${rule.id}.${part}`], `${locale} ${rule.id}.${part}`).toBeDefined();
  });

  it("every setting and intake field a plan change can name has a text (the runner's 'what your physio changed')", () => {
    for (const tissue of ["bone", "tendon", "muscle"] as const) {
      for (const field of changedFields(defaultSettings(buildIntake({ tissue }))))
        for (const locale of locales)
          expect(all[locale][`patient.changes.field.${field.replace(".", "_")}`], `${locale} ${field}`).toBeDefined();
    }
    // The injury's fields are named by control.intake.fieldNames (their form labels ask a question).
    for (const field of Object.keys(IntakeCorrection.shape))
      for (const locale of locales)
        expect(
          all[locale][`control.intake.fieldNames.${field}`] ?? all[locale][`control.intake.${field}`],
          `${locale} ${field}`,
        ).toBeDefined();
    for (const field of ["site", "tissue", "boneSite", "restPainBaseline", "lastRunOn"])
      for (const locale of locales) expect(all[locale][`control.intake.fieldNames.${field}`]).toBeDefined();
  });

  it("every audit action the services write has a text (never the raw action on screen)", () => {
    const server = path.resolve(__dirname, "../../lib/server");
    const written = new Set<string>();
    const files = fs.readdirSync(server, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    for (const file of files) {
      const source = fs.readFileSync(path.join(server, file), "utf8");
      for (const m of source.matchAll(/action: (?:[^,]*\? )?"([a-z_]+\.[a-z_]+)"(?: : "([a-z_]+\.[a-z_]+)")?/g))
        [m[1], m[2]].forEach((a) => a && written.add(a));
    }
    // change-plan-settings writes `plan.${kind}` for each physio event.
    for (const option of PlanEvent.options) written.add(`plan.${option.shape.kind.value}`);
    expect(written.size).toBeGreaterThan(15);
    for (const action of written)
      for (const locale of locales)
        expect(all[locale][`patient.audit.action.${action.replace(".", "_")}`], `${locale} ${action}`).toBeDefined();
  });
});

function tagNames(text: string): string[] {
  return [...text.matchAll(/<(\w+)>/g)].map((m) => m[1] ?? "");
}
