import type { Page } from 'playwright-core';

/** The facilitator opens "Writing alone" over the table and turns it on (Finnish UI). */
export async function turnOnPrivateWriting(page: Page): Promise<void> {
  const tools = page.locator('details.private-tools');
  await tools.getByText('Yksin kirjoittaminen', { exact: true }).click();
  await tools.getByRole('checkbox', { name: 'Kirjoitetaan ensin yksin' }).check();
}

/** The counts line over the table, as one text. */
export function countsLine(page: Page): Promise<string> {
  return page.locator('.private-bar__counts').innerText();
}
