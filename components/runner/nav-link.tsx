"use client";

import type { ReactNode } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const active = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`flex min-h-11 items-center justify-center px-1 font-medium sm:min-h-14 ${active ? "text-brand-700 underline decoration-2 underline-offset-4" : "text-muted hover:text-brand-900"}`}
    >
      {children}
    </Link>
  );
}
