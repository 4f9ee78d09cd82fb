// The message form (runner and physio alike): what the browser checks and the server action parses, once.
import { z } from "zod";
import { hasControlCharacter } from "@/lib/forms/fields";
import { encodeMessage } from "@/lib/forms/message";

export const MESSAGE_MAX_LENGTH = 2000;

const EMPTY = "messages.errors.empty";

export const MessageSchema = z.object({
  body: z
    .string({ error: EMPTY })
    .trim()
    .min(1, { error: EMPTY })
    .max(MESSAGE_MAX_LENGTH, { error: encodeMessage("messages.errors.tooLong", { max: MESSAGE_MAX_LENGTH }) })
    .refine((v) => !hasControlCharacter(v), { error: "errors.controlCharacter" }),
});
export type MessageInput = z.output<typeof MessageSchema>;
