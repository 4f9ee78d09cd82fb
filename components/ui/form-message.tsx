// A form-level message announced to screen readers when it appears.
export function FormMessage({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  if (!message) return null;
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg p-3 font-medium ${tone === "error" ? "bg-red-50 text-red-900" : "bg-brand-50 text-brand-900"}`}
    >
      {message}
    </p>
  );
}
