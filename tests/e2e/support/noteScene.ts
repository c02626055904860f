import type { Browser, Page } from 'playwright-core';
import { addNote, CELL } from './board.ts';
import { newPerson } from './browser.ts';
import { startNote } from './comments.ts';
import { type CreatedWorkshop, createWorkshop } from './server.ts';
import { joinWorkshop, waitLive } from './workshop.ts';

export type NoteScene = { readonly workshop: CreatedWorkshop; readonly aino: Page; readonly bertil: Page };

/**
 * The scene of the note-menu tests (comments, reactions, images): Aino facilitates on a laptop,
 * Bertil joins on a phone, and both see Aino's note `text` in the start phase's services.
 */
export async function noteOnLaptopAndPhone(browser: Browser, serverUrl: string, title: string, text: string) {
  const workshop = await createWorkshop(serverUrl, title);
  const aino = await (await newPerson(browser, 'Aino')).newPage();
  await aino.goto(workshop.links.facilitator);
  await waitLive(aino);
  const phone = await newPerson(browser, 'Bertil', { viewport: { width: 390, height: 844 }, hasTouch: true });
  const bertil = await joinWorkshop(await phone.newPage(), workshop.links.participant, 'Bertil');
  await addNote(aino, CELL.startServices, text);
  await startNote(bertil, text).waitFor();
  return { workshop, aino, bertil } satisfies NoteScene;
}

const LIVE = { fi: 'Yhteydessä', sv: 'Ansluten' } as const;

/** Reloads `page` in `language`, waits until it is live and `ready` shows, and saves a screenshot named by its viewport. */
export async function shootReloaded(page: Page, path: string, language: 'fi' | 'sv', ready: string): Promise<void> {
  await page.evaluate((value) => window.localStorage.setItem('avaa:language', value), language);
  await page.reload();
  await page.getByRole('status').filter({ hasText: LIVE[language] }).first().waitFor();
  await page.locator(ready).first().waitFor();
  await page.locator(ready).first().scrollIntoViewIfNeeded();
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await page.screenshot({ path: `${path}-${width}x${height}-${language}.png` });
}
