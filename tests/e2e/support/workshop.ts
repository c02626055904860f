import type { Page } from 'playwright-core';

/** Finnish role names as the join form and the facilitator's panel show them. */
export const ROLE = {
  coreStaff: 'Ohjaamon ydintyöntekijä',
  otherStaff: 'Muu Ohjaamon työntekijä',
  networkPartner: 'Verkostotoimija',
  clientRepresentative: 'Asiakkaiden edustaja (nuorten raati)',
  supervisor: 'Esihenkilö tai johto',
} as const;

/** The board's connection badge says "live". */
export function waitLive(page: Page): Promise<void> {
  return page.getByRole('status').filter({ hasText: 'Yhteydessä' }).first().waitFor();
}

/**
 * Opens a participant link and joins the workshop through the join form (name and role), then
 * waits for the common table to be live. The personal token stays in the context's storage,
 * so later pages of the same context are the same person.
 */
export async function joinWorkshop(page: Page, link: string, name: string, role: string = ROLE.otherStaff) {
  await page.goto(link);
  await fillJoinForm(page, name, role);
  await waitLive(page);
  return page;
}

export async function fillJoinForm(page: Page, name: string, role: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Liity työpajaan' });
  await form.getByRole('textbox', { name: 'Nimesi' }).fill(name);
  await form.getByRole('radio', { name: role, exact: true }).check();
  await form.getByRole('button', { name: 'Liity', exact: true }).click();
}
