/** A text in both of the app's languages. */
export interface LocalText {
  nl: string;
  en: string;
}
