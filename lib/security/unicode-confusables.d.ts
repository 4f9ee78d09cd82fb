// Types for unicode-confusables (UTS #39 confusables.txt as data; the package ships none).
declare module "unicode-confusables" {
  export function isConfusing(text: string): boolean;
  export function confusables(text: string): { point: string; similarTo?: string }[];
  export function rectifyConfusion(text: string): string;
}
