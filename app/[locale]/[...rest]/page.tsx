import { notFound } from "next/navigation";

// Unknown paths under a locale get the localized not-found page, not the bare root one.
export default function CatchAll() {
  notFound();
}
