import type { Language } from '@avaa/board-model';
import { SOFT_HYPHEN, withoutSoftHyphens } from '@avaa/print/hyphenation';
import { type ClipboardEvent, memo, useMemo } from 'react';
import { useWorkshopLanguage } from '../i18n/index.ts';
import { useHyphenate } from './useHyphenate.ts';

/** Copying gives the text as written: the soft hyphens exist only on screen. */
function copyPlain(event: ClipboardEvent<HTMLElement>): void {
  const selected = window.getSelection()?.toString() ?? '';
  if (!selected.includes(SOFT_HYPHEN)) return;
  event.clipboardData.setData('text/plain', withoutSoftHyphens(selected));
  event.preventDefault();
}

/**
 * A note's text with soft hyphens where its language may break a word, so a long word wraps as
 * "Verkosto-|tapaaminen" (Chromium has no Finnish or Swedish dictionary for `hyphens: auto`).
 * The soft hyphens are inserted at render only: the document, the editor and copy see the text.
 */
export const HyphenatedText = memo(function HyphenatedText({
  text,
  language: shownIn,
}: {
  text: string;
  /** The text's language when it is not the workshop's (the UI's own words, such as headers). */
  language?: Language;
}) {
  const workshopLanguage = useWorkshopLanguage();
  const language = shownIn ?? workshopLanguage;
  const hyphenate = useHyphenate(language);
  const shown = useMemo(() => (hyphenate ? hyphenate(text) : text), [hyphenate, text]);
  return (
    <span className="hyphenated" lang={language} onCopy={copyPlain}>
      {shown}
    </span>
  );
});
