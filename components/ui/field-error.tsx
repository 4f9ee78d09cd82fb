// A field's error under it, with the id its control names in aria-describedby (Conform's field.errorId).
export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800" hidden={!message}>
      {message}
    </p>
  );
}
