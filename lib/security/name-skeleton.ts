// What a name looks like, not how it is spelled: the confusable skeleton of Unicode's UTS #39
// (NFD, each character mapped to its prototype in Unicode's confusables.txt, NFD again), over a name
// folded first (NFKC, no accents, no invisible characters, case and spacing ignored). "Femke de Vries"
// with a Cyrillic "е", "FEMKE  DE VRIES" and "Femké de Vries" all have the skeleton of "Femke de Vries".
import { rectifyConfusion } from "unicode-confusables";

function fold(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\p{Cf}\p{Cc}]/gu, "")
    .normalize("NFKC")
    .toLowerCase();
}

export function nameSkeleton(name: string): string {
  return rectifyConfusion(fold(name).normalize("NFD"))
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s._\-'’]+/g, " ")
    .trim();
}

const SCRIPTS = [
  "Latin",
  "Cyrillic",
  "Greek",
  "Armenian",
  "Georgian",
  "Cherokee",
  "Hebrew",
  "Arabic",
  "Devanagari",
  "Thai",
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
] as const;
const scriptTests = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")] as const);

/** The scripts of a name's letters, in alphabetical order ("Other" for a script not listed). */
export function scriptsOf(name: string): string[] {
  const found = new Set<string>();
  for (const char of name.normalize("NFC")) {
    if (!/\p{L}/u.test(char)) continue;
    found.add(scriptTests.find(([, test]) => test.test(char))?.[0] ?? "Other");
  }
  return [...found].sort();
}
