import type { ReactNode } from "react";

/** One exercise as the session player shows it: texts in the page's language and its figure. */
export interface PlayerItem {
  name: string;
  how: string;
  watch: string;
  dose: string[];
  figure: ReactNode;
}
