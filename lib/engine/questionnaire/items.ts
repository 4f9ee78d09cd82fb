// Reading a FHIR R4 Questionnaire's items: every item with its path, the numeric range of an item, and the
// number a choice option stands for.
import type { Extension, Questionnaire, QuestionnaireItem, QuestionnaireItemAnswerOption } from "@medplum/fhirtypes";

/** The standard extensions for an item's bounds (FHIR R4 core extensions). */
export const MIN_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/minValue";
export const MAX_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/maxValue";
/** The score of a coded answer option (FHIR R4 core extension). */
export const ORDINAL_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

export type FlatItem = { item: QuestionnaireItem; path: string };

/** Every item, nested ones included, in document order, with its JSON path ("item[1].item[0]"). */
export function flattenItems(questionnaire: Pick<Questionnaire, "item">): FlatItem[] {
  const out: FlatItem[] = [];
  const walk = (items: QuestionnaireItem[] | undefined, prefix: string) =>
    (items ?? []).forEach((item, index) => {
      const path = `${prefix}item[${index}]`;
      out.push({ item, path });
      walk(item.item, `${path}.`);
    });
  walk(questionnaire.item, "");
  return out;
}

function extensionNumber(extensions: Extension[] | undefined, url: string): number | undefined {
  const found = extensions?.find((e) => e.url === url);
  const value = found?.valueInteger ?? found?.valueDecimal;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The number an answer option stands for: its integer, or a coding's ordinal value; undefined if none. */
export function optionNumber(option: QuestionnaireItemAnswerOption): number | undefined {
  if (typeof option.valueInteger === "number") return option.valueInteger;
  if (option.valueCoding)
    return (
      extensionNumber(option.valueCoding.extension, ORDINAL_VALUE_URL) ??
      extensionNumber(option.extension, ORDINAL_VALUE_URL)
    );
  return undefined;
}

/** Whether answers to the item are numbers we can score (a number item, or a choice of numbers). */
export function isNumericItem(item: QuestionnaireItem): boolean {
  if (item.type === "integer" || item.type === "decimal") return true;
  if (item.type !== "choice") return false;
  const options = item.answerOption ?? [];
  return options.length > 0 && options.every((o) => optionNumber(o) !== undefined);
}

/** The smallest and largest value an item's answer can have, when the questionnaire says so. */
export function itemRange(item: QuestionnaireItem): { min: number; max: number } | undefined {
  if (item.type === "choice") {
    const values = (item.answerOption ?? []).map(optionNumber);
    if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
    const numbers = values as number[];
    return { min: Math.min(...numbers), max: Math.max(...numbers) };
  }
  const min = extensionNumber(item.extension, MIN_VALUE_URL);
  const max = extensionNumber(item.extension, MAX_VALUE_URL);
  return min === undefined || max === undefined ? undefined : { min, max };
}
