import { useEffect } from 'react';
import { useReading } from '../client/useReading.ts';
import { searchTarget, targetControl, targetElement } from './searchTarget.ts';
import './search.css';

/** How long a page may take to draw the target (a board's first sync) before it is given up. */
const WAIT_MS = 15_000;
const HIGHLIGHT_MS = 4_000;

/**
 * Brings a chosen search result into view once its page has drawn it: scrolls it to the middle
 * of the window, moves the keyboard's focus to it and highlights it for a moment.
 */
export function SearchTargetWatcher() {
  const target = useReading(searchTarget);
  useEffect(() => {
    if (!target) return;
    const show = (): boolean => {
      const element = targetElement(target);
      if (!element) return false;
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      targetControl(element).focus({ preventScroll: true });
      // The highlight outlives this effect: taking the target below ends it.
      element.classList.add('search-found');
      setTimeout(() => element.classList.remove('search-found'), HIGHLIGHT_MS);
      searchTarget.set(null);
      return true;
    };
    if (show()) return undefined;
    const observer = new MutationObserver(() => {
      if (show()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const giveUp = setTimeout(() => {
      observer.disconnect();
      searchTarget.set(null);
    }, WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(giveUp);
    };
  }, [target]);
  return null;
}
