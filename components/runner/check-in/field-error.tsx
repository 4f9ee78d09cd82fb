// The message under one question at fault; its id is what the question's aria-describedby points at.
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 font-semibold text-red-800">
      <span aria-hidden="true">! </span>
      {message}
    </p>
  );
}
