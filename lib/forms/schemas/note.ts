// The physio's note form: what the browser checks and the server action parses, once.
import { z } from "zod";
import { freeText } from "@/lib/forms/fields";

// As in the notes table; "file" (shown to its author only) is the safer default.
export const noteVisibilities = ["patient", "file"] as const;

export const NOTE_MAX = 5000;

export const NoteSchema = z.object({
  body: freeText(NOTE_MAX),
  visibility: z.enum(noteVisibilities).default("file"),
});

export type NoteInput = z.output<typeof NoteSchema>;
