// lib/engine/client.ts is what client components import from the engine: the same helpers as the
// index, without the zod schemas and the exercise library behind it (they would ship to the phone).
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import * as client from "@/lib/engine/client";
import * as engine from "@/lib/engine";

async function bundledInputs(entry: string) {
  const result = await build({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

describe("the engine's client entry", () => {
  it.each(Object.keys(client))("%s is the index's own export", (name) => {
    expect((client as Record<string, unknown>)[name]).toBe((engine as Record<string, unknown>)[name]);
  });

  it("bundles without zod, date-fns or the rest of the engine", async () => {
    const inputs = await bundledInputs("lib/engine/client.ts");
    expect(inputs.filter((i) => i.includes("node_modules"))).toEqual([]);
    expect(inputs.map((i) => path.basename(i)).sort()).toEqual(["check-in-basics.ts", "client.ts", "run-day-parts.ts"]);
  });

  it("the index, by contrast, brings zod in (what the client entry avoids)", async () => {
    const inputs = await bundledInputs("lib/engine/index.ts");
    expect(inputs.some((i) => i.includes("node_modules/zod"))).toBe(true);
  });
});
