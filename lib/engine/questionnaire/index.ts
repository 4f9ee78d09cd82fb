// Outcome questionnaires on FHIR R4: the clinic's import checked, responses checked and scored, and the
// two questionnaires we ship. Pure: FHIR types only (no FHIR runtime), zod for our scoring definition.
export { LinkId, ScoreDirection, ScoreMethod, ScoringDefinition, Subscale } from "./scoring";
export {
  flattenItems,
  isNumericItem,
  itemRange,
  optionNumber,
  MAX_VALUE_URL,
  MIN_VALUE_URL,
  ORDINAL_VALUE_URL,
} from "./items";
export { answersByLinkId, answerNumber, isEnabled } from "./answers";
export { questionnaireProblems, SUPPORTED_ITEM_TYPES, MAX_ITEMS, type ImportProblem } from "./validate-items";
export { validateQuestionnaireImport, scoringConsistency, type QuestionnaireImport } from "./validate-import";
export { scoreResponse, compareScores, type QuestionnaireScore, type ScoreChange } from "./score-response";
export { responseProblems, MAX_TEXT_ANSWER } from "./check-response";
export { AssignmentSchedule, GateThreshold } from "./schedule";
export { questionnaireDue, type Due, type DueInput, type DueMoment } from "./due";
export { SHIPPED_KEYS, SHIPPED_SCORING, shippedQuestionnaire, type ShippedKey } from "./shipped";
