import { useT } from '../../i18n/index.ts';

/** My dots on a note: one drawn dot each, and their count in words. */
export function MyDots({ count }: { count: number }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <span className="note-vote__mine">
      <span className="note-vote__dots" aria-hidden="true">
        {Array.from({ length: count }, (_, slot) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: dots on one note are alike.
          <span key={slot} className="vote-dot vote-dot--mine" />
        ))}
      </span>
      {t('vote.mine', { count })}
    </span>
  );
}
