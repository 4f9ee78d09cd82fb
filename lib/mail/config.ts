// Mail settings, read once: where to send (SMTP_URL), who it is from (MAIL_FROM) and the app's own
// address for links. `npm start` sets SMTP_URL to its local sink when you did not set one.
import { z } from "zod";

const MailEnv = z.object({
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Comeback <no-reply@comeback.local>"),
});

export type MailConfig = { smtpUrl: string | undefined; from: string };

export function mailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const parsed = MailEnv.parse({ SMTP_URL: env.SMTP_URL || undefined, MAIL_FROM: env.MAIL_FROM || undefined });
  return { smtpUrl: parsed.SMTP_URL, from: parsed.MAIL_FROM };
}

// The public address of the app (the first BETTER_AUTH_URL), used in every link of every email.
export function appBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.BETTER_AUTH_URL?.split(",")[0]?.trim();
  return (configured || `http://localhost:${env.PORT ?? "3000"}`).replace(/\/+$/, "");
}
