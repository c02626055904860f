import type { Locator, Page } from 'playwright-core';

/** Finnish names of the cells used in the tests (phase – dimension, as the group is named). */
export const CELL = {
  startServices: { phase: 'Alkuvaihe', dimension: 'Toimenpiteet ja palvelut' },
  duringServices: { phase: 'Asiakkuuden aikana', dimension: 'Toimenpiteet ja palvelut' },
  startCollaboration: { phase: 'Alkuvaihe', dimension: 'Työntekijöiden ja monialainen yhteistyö' },
} as const;

export type CellName = { readonly phase: string; readonly dimension: string };

/** A cell by the accessibility contract: a group named with its phase and dimension. */
export function cell(page: Page, name: CellName): Locator {
  return page.getByRole('group', { name: `${name.phase} – ${name.dimension}`, exact: true });
}

export function notesIn(page: Page, name: CellName): Locator {
  return cell(page, name).getByRole('listitem');
}

/** The texts of a cell's notes in order (the note's own text, without its kind or who edits it). */
export function noteTexts(page: Page, name: CellName): Promise<string[]> {
  return plainTexts(notesIn(page, name).locator('.note__text'));
}

/** What the elements say, without the soft hyphens notes are shown with (U+00AD, only on screen). */
export async function plainTexts(locator: Locator): Promise<string[]> {
  return (await locator.allInnerTexts()).map((text) => text.replaceAll('\u00AD', ''));
}

/** Adds a note through the UI: "Lisää lappu", type, Enter. */
export async function addNote(page: Page, name: CellName, text: string): Promise<void> {
  await cell(page, name).getByRole('button', { name: 'Lisää lappu', exact: true }).click();
  const editor = cell(page, name).getByRole('textbox');
  await editor.fill(text);
  await editor.press('Enter');
}

/** Milliseconds from `since` until `check` passes (polled every 10 ms), or throws after `budget`. */
export async function msUntil(check: () => Promise<boolean>, since: number, budget = 2000): Promise<number> {
  for (;;) {
    if (await check()) return Date.now() - since;
    if (Date.now() - since > budget) throw new Error(`not seen within ${budget} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
