// A server action body over 64 KB is refused with 413 and a sentence, also when it comes without a
// Content-Length (chunked), and nothing is stored.
import { beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "../reliability/support/db";
import { createUser, db, env, query, resetLimits } from "./support/client";
import { actionNamed } from "./support/actions";

let runner: { cookie: string; email: string };
let planId: string;

function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + 8192));
      at += 8192;
    },
  });
}

async function postChunked(text: string) {
  const action = actionNamed("sendMessageAction");
  const response = await fetch(`${env().baseUrl}${action.page}`, {
    method: "POST",
    headers: {
      "Next-Action": action.id,
      Accept: "text/x-component",
      Origin: env().baseUrl,
      "Content-Type": "text/plain;charset=UTF-8",
      Cookie: runner.cookie,
    },
    body: chunked(text),
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

beforeAll(async () => {
  await resetLimits();
  const physio = await createUser({ role: "physio", name: `Size Physio ${Date.now()}` });
  runner = await createUser({ name: "Size Tester" });
  planId = await createPlan(db(), runner.email);
  await query(`update plans set physio_id = $2 where id = $1`, [planId, physio.id]);
});

describe("a server action body without Content-Length", () => {
  it("over 64 KB: 413 with a sentence, nothing stored", async () => {
    const answer = await postChunked(JSON.stringify([{ planId, body: "x".repeat(100_000) }]));
    expect(answer.status, answer.text.slice(0, 200)).toBe(413);
    expect(answer.text).toMatch(/too large/i);
    expect(
      (await query<{ n: number }>(`select count(*)::int as n from plan_messages where plan_id = $1`, [planId]))[0]!.n,
    ).toBe(0);
  });

  it("under 64 KB: reaches the action as usual (the positive control)", async () => {
    const answer = await postChunked(JSON.stringify(["$undefined", "not a form"]));
    expect(answer.status).toBe(200);
  });
});
