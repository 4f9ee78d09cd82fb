// Names compared as they look (UTS #39 confusable skeleton), and the scripts a name mixes.
import { describe, expect, it } from "vitest";
import { nameSkeleton, scriptsOf } from "@/lib/security/name-skeleton";

describe("nameSkeleton", () => {
  it.each([
    ["a Cyrillic е", "F\u0435mke de Vries"],
    ["a Greek ο and a Cyrillic і", "Femke de Vr\u0456es"],
    ["case and spacing", "  FEMKE   DE  VRIES "],
    ["an accent and a zero-width space", "Femké de\u200b Vries"],
    ["full-width letters", "Ｆｅｍｋｅ de Vries"],
    ["rn for m", "Fernke de Vries"],
  ])("%s looks like Femke de Vries", (_label, name) => {
    expect(nameSkeleton(name)).toBe(nameSkeleton("Femke de Vries"));
  });

  it.each(["Femke de Vriez", "Femke Vries", "Janneke de Vries"])("%s is another name", (name) => {
    expect(nameSkeleton(name)).not.toBe(nameSkeleton("Femke de Vries"));
  });
});

describe("scriptsOf", () => {
  it.each([
    ["Femke de Vries", ["Latin"]],
    ["F\u0435mke de Vries", ["Cyrillic", "Latin"]],
    ["Ελένη Παππά", ["Greek"]],
    ["José-María O'Neill", ["Latin"]],
  ])("%s → %j", (name, scripts) => {
    expect(scriptsOf(name)).toEqual(scripts);
  });
});
