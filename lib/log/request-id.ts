import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "@/lib/security/client-address";

// The id our server (lib/runtime/serve.ts) gave this request, for an error line inside a server action.
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}
