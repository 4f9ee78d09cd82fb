import { expect, type Locator } from "@playwright/test";

// In view and not covered: each element lies wholly inside the viewport, and no position:fixed or sticky
// element (a menu, a banner) other than its own container overlaps it. Playwright's toBeVisible
// passes for an element hidden under a fixed menu, which is how the player's countdown got lost.
export async function expectInViewUncovered(targets: Locator[]) {
  for (const target of targets) {
    await expect(target).toBeVisible();
    const problems = await target.evaluate((element) => {
      const found: string[] = [];
      const box = element.getBoundingClientRect();
      const name = `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 30)}"`;
      if (box.top < 0 || box.left < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth)
        found.push(
          `${name} lies outside the ${window.innerWidth}×${window.innerHeight} viewport: ${JSON.stringify(box)}`,
        );
      for (const other of document.querySelectorAll("body *")) {
        if (other === element || other.contains(element) || element.contains(other)) continue;
        const style = getComputedStyle(other);
        if (style.position !== "fixed" && style.position !== "sticky") continue;
        if (style.display === "none" || style.visibility === "hidden") continue;
        const rect = other.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        const overlaps =
          rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top;
        if (overlaps) found.push(`${name} is covered by ${other.tagName.toLowerCase()}.${other.className}`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  }
}
