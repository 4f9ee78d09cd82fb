// The local mail sink's console line (npm start without SMTP_URL): the subject and a masked recipient,
// never a link: a reset, confirmation or undo link is a key to the account.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, env, postJson, resetLimits } from "./support/client";
import { waitForMail } from "./support/mail";

const logText = () => fs.readFileSync(env().logFile, "utf8");

beforeAll(resetLimits);

describe("the local mail sink's console line", () => {
  it("names the subject and a masked recipient, never the link or its token", async () => {
    const user = await createUser();
    const from = logText().length;
    expect((await postJson("/api/auth/request-password-reset", { email: user.email })).status).toBe(200);
    const mail = await waitForMail(user.email, /Set a new password/);
    const token = new URL(mail.link).searchParams.get("token")!;
    await new Promise((r) => setTimeout(r, 300));
    const written = logText().slice(from);
    expect(written).toMatch(/Set a new password for Comeback/);
    expect(written).toContain(`${user.email.slice(0, 1)}…@security.test`);
    expect(written).not.toContain(token);
    expect(written).not.toMatch(/reset-password\?token|verify-email\?token|undo-change\?token/);
    expect(written).not.toContain(user.email);
  });
});
