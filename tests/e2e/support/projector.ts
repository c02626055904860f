import type { Result } from '@avaa/board-model';
import type { Page } from 'playwright-core';
import type * as Y from 'yjs';
import { openRoom } from './seedWorkshop.ts';
import type { CreatedWorkshop } from './server.ts';

const tokenOf = (link: string) => new URL(link).hash.slice('#token='.length);

/**
 * The facilitator writes a room through a board-model operation from a plain client (as the
 * panel's buttons would): `workshop` for the stage, focus, timer and agreements, `plenary` for votes.
 */
export async function asFacilitator(
  workshop: CreatedWorkshop,
  room: 'workshop' | 'plenary',
  operation: (doc: Y.Doc) => Result<unknown>,
): Promise<void> {
  const name = room === 'workshop' ? `${workshop.id}/workshop` : `${workshop.id}/plenary`;
  const opened = await openRoom(workshop, name, tokenOf(workshop.links.facilitator));
  const done = operation(opened.doc);
  await opened.close();
  if (!done.ok) throw new Error(done.error);
}

export type TypeReading = {
  /** Note texts in the document (hidden ones included). */
  readonly notes: number;
  /** The smallest computed font size of any note text, px. */
  readonly smallestPx: number;
  /** Notes shown but cut: outside their list's box, or text overflowing the note. */
  readonly cut: number;
  /** Notes hidden whole. */
  readonly hidden: number;
  /** The sum of the "+N" markers. */
  readonly saidMore: number;
};

/**
 * Measures every note text on the projector as the browser lays it out. A note below the screen
 * counts as cut, except on a screen that `scrolls` (a zoomed browser, a phone).
 */
export function readType(page: Page, scrolls = false): Promise<TypeReading> {
  return page.evaluate((scrolls) => {
    const texts = Array.from(document.querySelectorAll<HTMLElement>('.projector-note__text'));
    const sizes = texts.map((text) => Number.parseFloat(getComputedStyle(text).fontSize));
    let cut = 0;
    let hidden = 0;
    for (const text of texts) {
      const note = text.closest('li') as HTMLElement;
      if (note.hidden || note.offsetParent === null) {
        hidden++;
        continue;
      }
      const list = note.parentElement as HTMLElement;
      const box = list.getBoundingClientRect();
      const own = note.getBoundingClientRect();
      const outside = own.bottom > box.top + list.clientHeight + 0.5 || own.right > box.right + 0.5;
      const overflowing = text.scrollHeight > text.clientHeight + 1 || text.scrollWidth > text.clientWidth + 1;
      if (outside || overflowing || (!scrolls && own.bottom > window.innerHeight + 0.5)) cut++;
    }
    const saidMore = Array.from(document.querySelectorAll('.projector-more'))
      .map((marker) => Number(/\d+/.exec(marker.textContent ?? '')?.[0] ?? 0))
      .reduce((sum, n) => sum + n, 0);
    return { notes: texts.length, smallestPx: Math.min(...sizes), cut, hidden, saidMore };
  }, scrolls);
}

/** Whether an element's text is whole: nothing clipped sideways or below, no ellipsis needed. */
export function isWhole(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const style = getComputedStyle(element);
    return (
      element.scrollWidth <= element.clientWidth + 1 &&
      element.scrollHeight <= element.clientHeight + 1 &&
      style.textOverflow !== 'ellipsis'
    );
  });
}

/** The projector's language menu, whatever language it shows now. */
export const projectorLanguage = (page: Page) => page.getByRole('combobox', { name: /^(Kieli|Språk|Language)$/ });

/**
 * The projector in Finnish and Swedish at its size, for looking at: `/tmp/projector-shots/<name>-fi-1280x720.png`
 * and `-sv-`; `swedishText` tells when the Swedish screen is there. Back in Finnish after.
 */
export async function shootInFiAndSv(page: Page, name: string, swedishText: string): Promise<void> {
  const size = page.viewportSize();
  const suffix = size ? `${size.width}x${size.height}` : 'window';
  await page.screenshot({ path: `/tmp/projector-shots/${name}-fi-${suffix}.png` });
  await projectorLanguage(page).selectOption('sv');
  await page.getByText(swedishText).first().waitFor();
  await page.screenshot({ path: `/tmp/projector-shots/${name}-sv-${suffix}.png` });
  await projectorLanguage(page).selectOption('fi');
}
