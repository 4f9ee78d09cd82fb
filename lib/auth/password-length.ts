// The password's length limits alone, so a form in the browser can set them without loading the
// lists of breached passwords and common words that password-policy.ts checks against.
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
export const PHYSIO_MIN_PASSWORD_LENGTH = 12;
