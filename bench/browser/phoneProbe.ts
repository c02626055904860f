/**
 * Runs in the page before the app (an init script of the phone bench). Times are `Date.now()`,
 * the machine's clock, which the bench process reads too: the page and the bench run on one
 * machine, so "network on" in the bench and "notes shown" in the page compare directly.
 */
import type { Page } from 'playwright-core';

export type PhoneProbe = {
  /** When an "add note" button was first in the DOM. */
  readyAt: number | null;
  /** When a tap on "add note" was handled, and when its editor had the focus: the board accepts a note. */
  tappedAt: number | null;
  editorAt: number | null;
  /** When every text of the last `watch` was shown as a note's text. */
  seenAt: number | null;
  /** Frame timestamps (performance.now()) while recording, else null. */
  frames: number[] | null;
  /**
   * Starts looking for these texts among the notes' texts (`.note__text`, not the editor, whose
   * textarea holds the text while it is typed; soft hyphens left out).
   */
  watch(texts: readonly string[]): void;
};

type Probed = { phoneProbe: PhoneProbe };

/** The page's probe as it is now. */
export const probeOf = (page: Page) => page.evaluate(() => (window as unknown as Probed).phoneProbe);
/** Waits until the last `watch`'s texts are all shown. */
export const waitSeen = (page: Page, timeout: number) =>
  page.waitForFunction(() => (window as unknown as Probed).phoneProbe.seenAt !== null, null, { timeout });
export const watch = (page: Page, texts: readonly string[]) =>
  page.evaluate((wanted) => (window as unknown as Probed).phoneProbe.watch(wanted), texts);

export function installPhoneProbe(): void {
  let wanted: readonly string[] = [];
  const probe: PhoneProbe = {
    readyAt: null,
    tappedAt: null,
    editorAt: null,
    seenAt: null,
    frames: null,
    watch,
  };
  (window as unknown as { phoneProbe: PhoneProbe }).phoneProbe = probe;
  const allShown = () => {
    const shown = Array.from(document.querySelectorAll('.note__text'), (note) =>
      (note.textContent ?? '').replaceAll('\u00AD', ''),
    );
    return wanted.every((text) => shown.includes(text));
  };
  const observer = new MutationObserver(() => {
    if (probe.seenAt !== null || wanted.length === 0 || !allShown()) return;
    probe.seenAt = Date.now();
    observer.disconnect();
  });
  function watch(texts: readonly string[]) {
    wanted = texts;
    probe.seenAt = allShown() ? Date.now() : null;
    if (probe.seenAt === null) {
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    }
  }
  const ready = () => {
    if (document.querySelector('.cell__add')) probe.readyAt = Date.now();
    else requestAnimationFrame(ready);
  };
  document.addEventListener(
    'click',
    (event) => {
      const add = event.target instanceof Element && event.target.closest('.cell__add') !== null;
      if (probe.tappedAt === null && add) probe.tappedAt = Date.now();
    },
    true,
  );
  document.addEventListener(
    'focusin',
    (event) => {
      const editor = event.target instanceof HTMLTextAreaElement && event.target.closest('.cell') !== null;
      if (probe.editorAt === null && probe.tappedAt !== null && editor) probe.editorAt = Date.now();
    },
    true,
  );
  requestAnimationFrame(ready);
  const frame = (at: number) => {
    probe.frames?.push(at);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
