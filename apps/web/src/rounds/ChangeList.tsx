import type { ReactNode } from 'react';
import { type MessageKey, type PluralKey, usePlural, useT } from '../i18n/index.ts';

type Props<T> = {
  /** "Moved notes ({count})", or a counted word ("2 moved steps"). */
  heading: MessageKey | { readonly counted: PluralKey };
  items: readonly T[];
  /** Each list holds a note or an item once. */
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
};

/** One kind of change ("Moved notes (2)") and its list; nothing at all when there is none. */
export function ChangeList<T>({ heading, items, keyOf, render }: Props<T>) {
  const t = useT();
  const plural = usePlural();
  if (items.length === 0) return null;
  const title =
    typeof heading === 'string' ? t(heading, { count: items.length }) : plural(heading.counted, items.length);
  return (
    <div className="change-list">
      <h4>{title}</h4>
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
