import type { Page } from 'playwright-core';

type Screens = { facilitator: Page; anna: Page; pekka: Page; projector: Page };

const language = (page: Page) => page.getByRole('combobox', { name: /^(Kieli|Språk|Language)$/ }).first();

/** Chooses the page's language from its header (on a phone, from the header's menu). */
async function choose(page: Page, code: 'fi' | 'sv'): Promise<void> {
  const select = language(page);
  if (!(await select.isVisible())) await page.locator('.page-header__menu').first().click();
  await select.selectOption(code);
  if (await page.locator('.page-header--open').count()) await page.locator('.page-header__menu').first().click();
}

/** Each screen of an open ready check, in Finnish and in Swedish: `<dir>/<who>-<lang>-<w>x<h>.png`. */
export async function shootReadyCheck(screens: Screens, dir: string): Promise<void> {
  for (const code of ['fi', 'sv'] as const) {
    for (const [who, page] of Object.entries(screens)) {
      await choose(page, code);
      const size = page.viewportSize();
      await page.screenshot({ path: `${dir}/${who}-${code}-${size?.width}x${size?.height}.png` });
    }
  }
  for (const page of Object.values(screens)) await choose(page, 'fi');
}
