// The two questionnaires that ship with the app, written in our own words, in English and Dutch: a 0-10
// pain rating and a patient-specific functional scale. Licensed instruments are never shipped: a clinic
// imports them (validate-import.ts).
import type { Questionnaire, QuestionnaireItem } from "@medplum/fhirtypes";
import { MAX_VALUE_URL, MIN_VALUE_URL } from "./items";
import type { ScoringDefinition } from "./scoring";

export const SHIPPED_KEYS = ["nprs", "psfs"] as const;
export type ShippedKey = (typeof SHIPPED_KEYS)[number];
type Locale = "en" | "nl";

const ITEM_CONTROL_URL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const slider = (min: number, max: number) => [
  { url: MIN_VALUE_URL, valueInteger: min },
  { url: MAX_VALUE_URL, valueInteger: max },
  {
    url: ITEM_CONTROL_URL,
    valueCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: "slider" }] },
  },
];

const base = (key: ShippedKey, locale: Locale, title: string, item: QuestionnaireItem[]): Questionnaire => ({
  resourceType: "Questionnaire",
  id: `comeback-${key}-${locale}`,
  url: `urn:comeback:questionnaire:${key}`,
  version: "1",
  name: key === "nprs" ? "ComebackPainRating" : "ComebackActivityScale",
  title,
  status: "active",
  language: locale,
  item,
});

const nprsText = {
  en: {
    title: "Pain rating",
    question:
      "How strong was your pain at its worst in the past 24 hours? 0 is no pain, 10 the most pain you can imagine.",
  },
  nl: {
    title: "Pijnscore",
    question:
      "Hoe sterk was je pijn op het ergste moment van de afgelopen 24 uur? 0 is geen pijn, 10 de meeste pijn die je je kunt voorstellen.",
  },
};

const psfsText = {
  en: {
    title: "Your hard activities",
    intro:
      "Name up to three things you want to do that your injury makes hard, such as running or taking the stairs. " +
      "Score how well you manage each one today: 0 is not at all, 10 is as well as before the injury.",
    activity: (n: number) => `Activity ${n}`,
    name: "What is the activity?",
    score: "How well do you manage it today (0-10)?",
  },
  nl: {
    title: "Je lastige activiteiten",
    intro:
      "Noem maximaal drie dingen die je wilt doen en die door je blessure lastig gaan, zoals hardlopen of traplopen. " +
      "Geef aan hoe goed elk ervan vandaag lukt: 0 is helemaal niet, 10 is net zo goed als voor de blessure.",
    activity: (n: number) => `Activiteit ${n}`,
    name: "Welke activiteit is het?",
    score: "Hoe goed lukt het vandaag (0-10)?",
  },
};

function nprs(locale: Locale): Questionnaire {
  const t = nprsText[locale];
  return base("nprs", locale, t.title, [
    { linkId: "pain", type: "integer", text: t.question, required: true, extension: slider(0, 10) },
  ]);
}

function psfs(locale: Locale): Questionnaire {
  const t = psfsText[locale];
  const activity = (n: number): QuestionnaireItem => ({
    linkId: `activity-${n}`,
    type: "group",
    text: t.activity(n),
    required: n === 1,
    item: [
      { linkId: `activity-${n}-name`, type: "string", text: t.name, required: n === 1, maxLength: 100 },
      {
        linkId: `activity-${n}-score`,
        type: "integer",
        text: t.score,
        required: true,
        extension: slider(0, 10),
        enableWhen: [{ question: `activity-${n}-name`, operator: "exists", answerBoolean: true }],
      },
    ],
  });
  return base("psfs", locale, t.title, [
    { linkId: "intro", type: "display", text: t.intro },
    activity(1),
    activity(2),
    activity(3),
  ]);
}

// MCIDs: 2 points on the 0-10 pain rating (Farrar et al. 2001); 2 points on the mean of a patient-specific
// functional scale (Abbott & Schmitt 2014, who give the pain rating's as well).
export const SHIPPED_SCORING: Record<ShippedKey, ScoringDefinition> = {
  nprs: {
    method: "sum",
    items: ["pain"],
    reverse: [],
    subscales: [],
    range: { min: 0, max: 10 },
    rescale: false,
    mcid: 2,
    direction: "lower_is_better",
  },
  psfs: {
    method: "mean",
    items: ["activity-1-score", "activity-2-score", "activity-3-score"],
    reverse: [],
    subscales: [],
    range: { min: 0, max: 10 },
    rescale: false,
    minAnswered: 1,
    mcid: 2,
    direction: "higher_is_better",
  },
};

/** A shipped questionnaire in the runner's language (the same linkIds in both, so one scoring fits). */
export function shippedQuestionnaire(key: ShippedKey, locale: Locale): Questionnaire {
  return key === "nprs" ? nprs(locale) : psfs(locale);
}
