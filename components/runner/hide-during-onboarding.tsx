"use client";

import type { ReactNode } from "react";
import { usePathname } from "@/lib/i18n/navigation";

// Before a plan exists every menu link leads back to onboarding, so the menu waits until then.
export function HideDuringOnboarding({ children }: { children: ReactNode }) {
  return usePathname().startsWith("/onboarding") ? null : children;
}
