// A form-level message announced to screen readers when it appears.
// `id`: fields at fault point their aria-describedby at it when this message is what explains them.
export function FormMessage({
  message,
  tone = "error",
  id,
}: {
  message?: string;
  tone?: "error" | "success";
  id?: string;
}) {
  if (!message) return null;
  return (
    <p
      id={id}
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg p-3 font-medium ${tone === "error" ? "bg-red-50 text-red-900" : "bg-brand-50 text-brand-900"}`}
    >
      {message}
    </p>
  );
}
