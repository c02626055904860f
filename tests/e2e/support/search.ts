import type { Locator, Page } from 'playwright-core';

/** Opens the search: by its header button (on a phone, from the menu), by "/" or by Ctrl+K. */
export async function openSearch(page: Page, how: 'button' | 'menu' | 'slash' | 'keyboard'): Promise<Locator> {
  if (how === 'menu') await page.getByRole('button', { name: /Valikko|Meny|Menu/ }).click();
  if (how === 'menu' || how === 'button') await page.getByRole('button', { name: /^(Haku|Sök|Search)$/ }).click();
  if (how === 'slash') {
    await page.locator('body').click({ position: { x: 2, y: 300 } });
    await page.keyboard.press('/');
  }
  if (how === 'keyboard') await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

const language = (page: Page) => page.getByRole('combobox', { name: /^(Kieli|Språk|Language)$/ }).first();

/** Each page with the search open on `query`, in Finnish and in Swedish: `<dir>/search-<who>-<lang>-<w>x<h>.png`. */
export async function shootSearch(pages: Record<string, Page>, dir: string, query: string): Promise<void> {
  for (const code of ['fi', 'sv'] as const) {
    for (const [who, page] of Object.entries(pages)) {
      const select = language(page);
      if (!(await select.isVisible())) await page.getByRole('button', { name: /Valikko|Meny|Menu/ }).click();
      await select.selectOption(code);
      const dialog = await openSearch(page, 'keyboard');
      await dialog.getByRole('searchbox').fill(query);
      await dialog.locator('.search-result').first().waitFor();
      const size = page.viewportSize();
      await page.screenshot({ path: `${dir}/search-${who}-${code}-${size?.width}x${size?.height}.png` });
      await dialog.getByRole('searchbox').press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
  }
}
