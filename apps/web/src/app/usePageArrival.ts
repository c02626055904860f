import { type RefObject, useEffect } from 'react';
import { announce } from '../stage/announcer.ts';
import { takeArrival } from './navigation.ts';

/** How long the new page may take to name itself (a board names itself once its document syncs). */
const TITLE_WAIT_MS = 3000;
const SITE_SUFFIX = ' – Avaa';

/**
 * A page a person went to within the app (no reload, so no browser announces it): its heading
 * takes focus (WCAG 2.4.3), and its title, once the page has set it (2.4.2), is announced on the
 * live region that outlives pages.
 */
export function usePageArrival(heading: RefObject<HTMLHeadingElement | null>): void {
  useEffect(() => {
    const arrival = takeArrival();
    if (!arrival) return;
    heading.current?.focus();
    // Not undone when the page closes: the announcement is the whole app's, and ends by itself.
    announceTitleChange(arrival.leftTitle);
  }, [heading]);
}

function announceTitleChange(leftTitle: string): void {
  const say = () => {
    stop();
    announce(document.title.endsWith(SITE_SUFFIX) ? document.title.slice(0, -SITE_SUFFIX.length) : document.title);
  };
  const observer = new MutationObserver(() => {
    if (document.title !== leftTitle) say();
  });
  const timer = window.setTimeout(say, TITLE_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.head, { subtree: true, childList: true, characterData: true });
  if (document.title !== leftTitle) say();
}
