import { z } from "zod";

/**
 * The diagnosis codes a physio can pick, a short list of the ICD-10 codes (WHO, International
 * Statistical Classification of Diseases and Related Health Problems, 10th revision, 2019 edition)
 * that fit the running injuries this app plans for. Only the codes are taken from ICD-10; the short
 * labels are our own, in the "diagnosisCodes" messages (the key is the code with "_" for "."). No npm
 * package with ICD-10 or ICPC-2 data fit (checked the registry); a longer list is a free-text diagnosis.
 */
export const DIAGNOSIS_CODES = [
  "M76.6", // Achilles tendinitis
  "M76.5", // Patellar tendinitis
  "M76.3", // Iliotibial band syndrome
  "M76.0", // Gluteal tendinitis
  "M76.8", // Other enthesopathies of lower limb, excluding foot (incl. posterior tibial tendinitis)
  "M70.6", // Trochanteric bursitis
  "M22.2", // Patellofemoral disorders
  "M72.2", // Plantar fascial fibromatosis (plantar fasciitis)
  "M77.4", // Metatarsalgia
  "M84.3", // Stress fracture, not elsewhere classified
  "S76.1", // Injury of quadriceps muscle and tendon
  "S76.3", // Injury of the posterior muscle group at thigh level (hamstring)
  "S86.0", // Injury of Achilles tendon
  "S86.1", // Injury of other muscles of the posterior group at lower leg level (calf)
  "S93.4", // Sprain and strain of ankle
  "M17.9", // Gonarthrosis, unspecified
] as const;

export const DiagnosisCode = z.enum(DIAGNOSIS_CODES);
export type DiagnosisCode = z.infer<typeof DiagnosisCode>;

/** The messages key of a code ("M76.6" → "M76_6"): next-intl reads a dot as a nesting. */
export const diagnosisCodeKey = (code: DiagnosisCode) => code.replace(".", "_") as DiagnosisCodeKey;
export type DiagnosisCodeKey = `${string}_${string}`;
