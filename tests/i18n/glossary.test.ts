// One word per thing: docs/glossary.md names the word a physio reads for each concept, in Dutch and in
// English, and the variants that must not appear. A slip (a "poort" beside "drempel", a "rode vlag" beside
// "alarmsignaal") fails here, with the message key that has it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { engineMessages } from "@/lib/i18n/engine-messages";

const root = path.resolve(__dirname, "../..");
const messagesDir = path.join(root, "lib/i18n/messages");
type Locale = "en" | "nl";
type Flat = Record<string, string>;

function flatten(node: unknown, prefix: string, out: Flat = {}): Flat {
  if (typeof node === "string") out[prefix] = node;
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

function messagesOf(locale: Locale): Flat {
  const files = fs.readdirSync(path.join(messagesDir, locale)).filter((f) => f.endsWith(".json"));
  const out: Flat = flatten(engineMessages[locale], "engine");
  for (const f of files)
    flatten(JSON.parse(fs.readFileSync(path.join(messagesDir, locale, f), "utf8")), f.replace(".json", ""), out);
  return out;
}
const messages: Record<Locale, Flat> = { en: messagesOf("en"), nl: messagesOf("nl") };

/** The namespaces a physio reads (their pages, the rules, the program editor, the invites). */
const PHYSIO_NAMESPACES = [
  "physio",
  "patient",
  "control",
  "rules",
  "rulesPage",
  "corrections",
  "program",
  "progressForPhysio",
  "invite",
];

type Entry = { concept: string; chosen: Record<Locale, string[]>; not: Record<Locale, string[]>; scope: string };
const words = (cell: string) =>
  cell === "—" || cell === ""
    ? []
    : cell
        .split(",")
        .map((w) => w.replace(/\(.*\)/, "").trim())
        .filter(Boolean);

function glossary(): Entry[] {
  const table = fs.readFileSync(path.join(root, "docs/glossary.md"), "utf8");
  return table
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Concept") && !line.startsWith("| ---"))
    .map((line) => {
      const [concept = "", nl = "", en = "", notNl = "", notEn = "", scope = ""] = line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim());
      return { concept, chosen: { nl: words(nl), en: words(en) }, not: { nl: words(notNl), en: words(notEn) }, scope };
    });
}

// A word at the start of a word ("poort" also finds "Poorten" and "poortje"), in any case.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const startsWord = (word: string) => new RegExp(`(?<!\\p{L})${escape(word)}`, "iu");
const inScope = (key: string, scope: string) => scope === "all" || PHYSIO_NAMESPACES.includes(key.split(".")[0] ?? "");

describe("the glossary (docs/glossary.md)", () => {
  const entries = glossary();

  it("has its rows, each with a word in both languages and a scope", () => {
    expect(entries.length).toBeGreaterThanOrEqual(8);
    for (const e of entries) {
      expect(e.chosen.nl.length, e.concept).toBeGreaterThan(0);
      expect(e.chosen.en.length, e.concept).toBeGreaterThan(0);
      expect(["all", "physio"], e.concept).toContain(e.scope);
    }
  });

  it.each(["nl", "en"] as const)("every chosen word is in use (%s)", (locale) => {
    const all = Object.values(messages[locale]);
    for (const e of entries)
      for (const word of e.chosen[locale])
        expect(
          all.some((text) => startsWord(word).test(text)),
          `${e.concept}: "${word}"`,
        ).toBe(true);
  });

  it.each(["nl", "en"] as const)("no text uses a word the glossary rules out (%s)", (locale) => {
    const slips: string[] = [];
    for (const e of entries)
      for (const word of e.not[locale])
        for (const [key, text] of Object.entries(messages[locale]))
          if (inScope(key, e.scope) && startsWord(word).test(text))
            slips.push(`${key}: "${word}" (say ${e.chosen[locale].join(" / ")})`);
    expect(slips).toEqual([]);
  });

  it("catches a slip (the check itself works)", () => {
    expect(startsWord("poort").test("Poorten tussen fases")).toBe(true);
    expect(startsWord("poort").test("de drempel")).toBe(false);
    expect(startsWord("hardloopniveau").test("Loopniveau ingesteld")).toBe(false);
    expect(inScope("physio.flag", "physio")).toBe(true);
    expect(inScope("today.redFlag", "physio")).toBe(false);
  });
});
