import type { ReactNode } from 'react';
import { type MessageKey, useT } from '../i18n/index.ts';

type Props<T> = {
  heading: MessageKey;
  items: readonly T[];
  /** Each list holds a note or an item once. */
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
};

/** One kind of change ("Moved notes (2)") and its list; nothing at all when there is none. */
export function ChangeList<T>({ heading, items, keyOf, render }: Props<T>) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <div className="change-list">
      <h4>{t(heading, { count: items.length })}</h4>
      <ul>
        {items.map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ul>
    </div>
  );
}

export function ChangedText({ text, place }: { text: string; place: ReactNode }) {
  return (
    <>
      <q className="change-list__text">{text}</q> <span className="change-list__place">{place}</span>
    </>
  );
}

/** "before → now", with the words for screen readers as well as the arrow. */
export function FromTo({ from, to }: { from: ReactNode; to: ReactNode }) {
  const t = useT();
  return (
    <span className="from-to">
      <span className="visually-hidden">{t('compare.from')}: </span>
      <span className="from-to__from">{from}</span>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden">, {t('compare.to')}: </span>
      <span className="from-to__to">{to}</span>
    </span>
  );
}
