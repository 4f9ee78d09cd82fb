// POST /api/account/two-factor — confirm (a code from the app) or turn off (the password) the signed-in
// account's two-step sign-in. A route, not a server action: better-auth replaces the session cookie on these
// steps, and a server action would re-render the page with the old cookie still in the request.
import { headers } from "next/headers";
import { AppError } from "@/lib/errors";
import { readJson } from "@/lib/http/read-json";
import { noStore, withCaller } from "@/lib/http/route";
import { confirmTwoFactor, disableTwoFactor } from "@/lib/server/account/two-factor";

export const dynamic = "force-dynamic";

export const POST = withCaller(undefined, async ({ request, caller }) => {
  const body = (await readJson(request)) as { step?: unknown; code?: unknown; password?: unknown } | null;
  if (body?.step === "confirm") await confirmTwoFactor(caller, { code: body.code }, await headers());
  else if (body?.step === "disable") await disableTwoFactor(caller, { password: body.password }, await headers());
  else throw new AppError("INVALID_INPUT", "errors.invalidInput", { field: "step" });
  return Response.json({ ok: true }, { headers: noStore });
});
