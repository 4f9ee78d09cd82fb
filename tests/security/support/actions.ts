// Server actions are public POST endpoints: found in the build's manifest and posted as React posts
// them (the action's id in a header, the arguments as a JSON array), from the app's own origin.
import fs from "node:fs";
import { env, request, type Answer } from "./client";

type Manifest = { node: Record<string, { exportedName?: string; workers: Record<string, unknown> }> };

/** The id of the server action exported under `name`, and a page that uses it. */
export function actionNamed(name: string): { id: string; page: string } {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(([, e]) => e.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in the build`);
  const worker = Object.keys(found[1].workers).sort((a, b) => a.length - b.length)[0] ?? "app/[locale]/page";
  const page = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace("[locale]", "en")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\[(\w+)\]/g, "x");
  return { id: found[0], page: page || "/en" };
}

export function callAction(name: string, args: unknown[], cookie: string, page?: string): Promise<Answer> {
  const action = actionNamed(name);
  return request(page ?? action.page, {
    method: "POST",
    headers: {
      "Next-Action": action.id,
      Accept: "text/x-component",
      Origin: env().baseUrl,
      "Content-Type": "text/plain;charset=UTF-8",
    },
    body: JSON.stringify(args),
    cookie,
  });
}

/** A form action as React posts it: the form's fields under "_1_", the arguments (state, form) under "0". */
export function callFormAction(name: string, fields: Record<string, string>, cookie?: string): Promise<Answer> {
  const action = actionNamed(name);
  const multipart = new FormData();
  for (const [k, v] of Object.entries(fields)) multipart.append(`_1_${k}`, v);
  multipart.append("0", JSON.stringify(["$undefined", "$K1"]));
  return request(action.page, {
    method: "POST",
    headers: { "Next-Action": action.id, Accept: "text/x-component", Origin: env().baseUrl },
    body: multipart,
    cookie,
  });
}

// An action's answer, refused or accepted, in either shape: a Conform form's SubmissionResult
// ("status") or the older ActionResult ("ok") of the actions not yet on a schema form.
export const REFUSED = /"ok":false|"status":"error"/;
export const ACCEPTED = /"ok":true|"status":"success"/;
