import type { Locator, Page } from 'playwright-core';
import { CELL, notesIn } from './board.ts';

/** The note with this text in the cell "Alkuvaihe – Toimenpiteet ja palvelut". */
export function startNote(page: Page, text: string): Locator {
  return notesIn(page, CELL.startServices).filter({ hasText: text });
}

/** Opens a note's comment thread from its menu, as a keyboard user would (Enter on each button). */
export async function openThreadFromMenu(page: Page, text: string): Promise<Locator> {
  const note = startNote(page, text);
  await note.getByRole('button', { name: `Lapun toiminnot: ${text}` }).press('Enter');
  await note.getByRole('button', { name: 'Kommentit', exact: true }).press('Enter');
  return thread(page);
}

/** The open comment thread (a modal dialog). */
export function thread(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Kommentit' });
}

/** The texts of the thread's comments, oldest first. */
export function commentTexts(dialog: Locator): Promise<string[]> {
  return dialog.locator('.comment__text').allInnerTexts();
}
