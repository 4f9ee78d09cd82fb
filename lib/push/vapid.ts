// VAPID keys identify this server to the browsers' push services. From the environment
// (VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT) or, for the embedded set-up, made once by
// `npm start` and kept beside the auth secret. Without keys, push is off and email still works.
import fs from "node:fs";
import path from "node:path";
import webpush from "web-push";
import { appBaseUrl } from "@/lib/mail/config";

export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

export function vapidKeys(env: NodeJS.ProcessEnv = process.env): VapidKeys | undefined {
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) return undefined;
  // A push service wants a way to reach the sender: a mailto: or an https: address.
  const base = appBaseUrl(env);
  const subject = env.VAPID_SUBJECT || (base.startsWith("https://") ? base : "mailto:no-reply@comeback.local");
  return { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY, subject };
}

/** The embedded set-up's key pair: made on the first start, read from the file afterwards. */
export function localVapidKeys(dir: string): { publicKey: string; privateKey: string } {
  const file = path.join(dir, "vapid-keys.json");
  if (!fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify(webpush.generateVAPIDKeys()), { mode: 0o600 });
  const keys = JSON.parse(fs.readFileSync(file, "utf8")) as { publicKey: string; privateKey: string };
  return { publicKey: keys.publicKey, privateKey: keys.privateKey };
}
