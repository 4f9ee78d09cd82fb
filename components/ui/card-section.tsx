import type { ReactNode } from "react";
import { card } from "./styles";

// A titled block of a page: the heading names the section for screen readers (`${id}-title`).
export function CardSection({
  id,
  title,
  className = card,
  titleClassName = "text-xl font-bold text-brand-900",
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  titleClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={className}>
      <h2 id={`${id}-title`} className={titleClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
