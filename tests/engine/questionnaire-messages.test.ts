// Every problem key the questionnaire checks can give has a text in both languages, with the same
// arguments the checks pass (the import screen shows these, never the raw key).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en/outcome.json";
import nl from "@/lib/i18n/messages/nl/outcome.json";

const folder = path.resolve(__dirname, "../../lib/engine/questionnaire");
const emitted = new Map<string, Set<string>>();
for (const file of fs.readdirSync(folder).filter((f) => f.endsWith(".ts"))) {
  const source = fs.readFileSync(path.join(folder, file), "utf8");
  for (const m of source.matchAll(
    /(?:key|message): "((?:import|questionnaire|item|scoring|response)\.[A-Za-z]+)"(?:, params: \{ ([^}]*) \})?/g,
  )) {
    const params = (m[2] ?? "")
      .split(",")
      .map((p) => p.split(":")[0]!.trim())
      .filter(Boolean);
    emitted.set(m[1]!, new Set([...(emitted.get(m[1]!) ?? []), ...params]));
  }
}

const textOf = (messages: unknown, key: string) =>
  key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      (messages as { problems: unknown }).problems,
    );

describe("questionnaire problem texts", () => {
  it("finds the keys in the engine's checks (the scan itself works)", () => {
    expect(emitted.size).toBeGreaterThan(30);
    expect(emitted.get("item.linkIdDuplicate")).toEqual(new Set(["linkId"]));
  });

  it.each([...emitted.keys()])("%s has a text in English and Dutch naming its arguments", (key) => {
    for (const messages of [en, nl]) {
      const text = textOf(messages, key);
      expect(typeof text, key).toBe("string");
      for (const param of emitted.get(key)!) expect(text as string, key).toContain(`{${param}}`);
    }
  });
});
