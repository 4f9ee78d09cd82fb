import type { ButtonHTMLAttributes } from "react";

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: "primary" | "secondary" | "danger";
  pending?: boolean;
};

const styles = {
  primary: "bg-brand-700 text-white hover:bg-brand-900 disabled:bg-slate-400",
  secondary: "border border-brand-700 bg-white text-brand-900 hover:bg-brand-50",
  danger: "bg-red-800 text-white hover:bg-red-900",
} as const;

// A large touch target; while `pending`, it is disabled and tells screen readers it is busy.
export function Button({ variant = "primary", pending, className = "", children, disabled, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={`inline-flex min-h-12 items-center justify-center gap-2 rounded-lg px-5 font-semibold ${styles[variant]} ${className}`}
    >
      {pending ? (
        <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />
      ) : null}
      {children}
    </button>
  );
}
