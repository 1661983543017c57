import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { urls } from "./fixtures";

// Theme, language and axe helpers shared by the accessibility and small-screen specs (issue #10).

export type Theme = "light" | "dark";
export type Lang = "en" | "zh-CN";
export interface Look {
  theme: Theme;
  lang: Lang;
}

export const langs: Lang[] = ["en", "zh-CN"];
/**
 * Both themes and both languages in two looks (light English, dark Chinese) rather than all four: axe's
 * findings follow the theme (contrast) or the language (lang, names), and each is covered; the other
 * two pairs found nothing the first two did not in every run since issue #10 and cost CI time (#17).
 */
export const looks: Look[] = [
  { theme: "light", lang: "en" },
  { theme: "dark", lang: "zh-CN" },
];

export const tabs = ["chat", "messages", "images", "videos", "compare"] as const;
export type Tab = (typeof tabs)[number];

/**
 * Sets the language (the `locale` cookie the server reads) and the theme. The app's theme defaults to
 * "system" (next-themes), so the emulated colour scheme picks light or dark without touching storage.
 * Takes effect on the next navigation or reload.
 */
export async function setLook(page: Page, look: Look) {
  await page.context().addCookies([{ name: "locale", value: look.lang, url: urls.demo }]);
  await page.emulateMedia({ colorScheme: look.theme });
}

/** Waits until the page shows the look: <html lang> and the dark class set by next-themes. */
export async function expectLook(page: Page, look: Look) {
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", look.lang);
  if (look.theme === "dark") await expect(html).toHaveClass(/\bdark\b/);
  else await expect(html).not.toHaveClass(/\bdark\b/);
}

/** Waits for the finite animations (dialog fade/zoom-in) to end: contrast is measured on the final frame. */
export async function settleAnimations(page: Page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY || a.playState !== "running",
      ),
  );
}

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe-core (WCAG 2.1 A/AA) on the page, or on the part `include` selects, and fails softly,
 * listing each serious or critical rule and its targets.
 */
export async function expectNoSeriousViolations(page: Page, label: string, include?: string) {
  await settleAnimations(page);
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  // A part of the page only (a CSS selector), when a spec checks one component.
  if (include) builder.include(include);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 8)
        .map((n) => `    ${n.target.join(" >> ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, " ")}`)
        .join("\n"),
  );
  expect.soft(report.join("\n"), `axe: ${label}`).toBe("");
}
