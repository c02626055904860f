import { createStore } from '@avaa/workshop-client';

/**
 * What a chosen search result brings into view once its page shows it: a note on a board or
 * an agreement item. Kept outside any page, since choosing a result changes the page.
 */
export type SearchTarget = { readonly kind: 'note' | 'agreement'; readonly id: string };

export const searchTarget = createStore<SearchTarget | null>(null);

/** The element that shows the target, when its page has drawn it. */
export function targetElement(target: SearchTarget): HTMLElement | null {
  const attribute = target.kind === 'note' ? 'data-note-id' : 'data-agreement-id';
  return document.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(target.id)}"]`);
}

/** Where the keyboard lands on it: the note's text or handle, the item's first control. */
export function targetControl(element: HTMLElement): HTMLElement {
  return (
    element.querySelector<HTMLElement>(
      '[data-note-control="text"], [data-note-control="handle"], [data-agreement-control], button, textarea, input',
    ) ?? element
  );
}
