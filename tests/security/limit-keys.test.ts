// The limits table names no one: its keys are HMACs with the app's secret, which a copy of the
// database alone cannot reverse by hashing a list of addresses.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newEmail, postJson, query, resetLimits } from "./support/client";

describe("the limits table", () => {
  it("keys an address by an HMAC with the app's secret, not a plain SHA-256 anyone can recompute", async () => {
    await resetLimits();
    const email = newEmail("limited");
    await postJson("/api/auth/sign-in/email", { email, password: "wrong-password-1" });
    const keys = (await query<{ key: string }>(`select key from rate_limits where key like 'signin:email:%'`)).map(
      (r) => r.key,
    );
    expect(keys).toHaveLength(1);
    const plain = `signin:email:${createHash("sha256").update(email).digest("base64url")}`;
    expect(keys[0]).not.toBe(plain);
  });
});
