import { expect } from "@playwright/test";
import { test } from "./support/test";

// The app can be put on a home screen: a manifest per language, icons that really are the sizes they claim.
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

for (const [locale, name] of [
  ["en", "back to running"],
  ["nl", "weer hardlopen"],
] as const) {
  test(`the ${locale} manifest opens Today in ${locale} and its icons load at their sizes`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${locale}`);
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBe(`/${locale}/manifest.webmanifest`);

    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/manifest+json");
    const manifest = (await response.json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest.name).toContain(name);
    expect(manifest.start_url).toBe(`/${locale}/today`);
    expect(manifest.display).toBe("standalone");
    expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);

    for (const icon of manifest.icons.filter((i) => i.type === "image/png")) {
      const image = await request.get(icon.src);
      expect(image.status(), icon.src).toBe(200);
      const { width, height } = pngSize(await image.body());
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
  });
}

test("a favicon and an apple-touch icon are served", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).readUInt16LE(2)).toBe(1); // an ICO file

  await page.goto("/nl");
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  expect(apple).toBeTruthy();
  const image = await request.get(apple!);
  expect(image.status()).toBe(200);
  expect(pngSize(await image.body())).toEqual({ width: 180, height: 180 });
});

test("an invite link preview says what it is without naming anyone", async ({ page }) => {
  await page.goto("/nl/invite/NOSUCHCODE");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Een uitnodiging voor Comeback");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /icons\/icon-512\.png$/);
});
