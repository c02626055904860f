import type { NoteId, ReactionKind } from '@avaa/board-model';
import { useT } from '../i18n/index.ts';
import { useNoteReactions } from './useReactions.ts';
import './reactions.css';

/** A mark for each reaction, beside its name (never alone: the name is what is read). */
export const REACTION_MARKS: Readonly<Record<ReactionKind, string>> = {
  agree: '✓',
  important: '!',
  question: '?',
  idea: '✶',
};

/**
 * A note's reactions on its card: each kind someone chose, with its count. For a person who may
 * write the board each is a toggle (pressed when mine); who reacted is in its tooltip unless
 * reactions are anonymous. New reactions are added from the note's menu (`ReactionsMenuActions`).
 */
export function NoteReactions({ note }: { note: NoteId }) {
  const t = useT();
  const { kinds, toggle } = useNoteReactions(note);
  const shown = kinds.filter((entry) => entry.count > 0);
  if (shown.length === 0) return null;
  return (
    <ul className="note-reactions" aria-label={t('reactions.label')}>
      {shown.map(({ kind, count, mine, names }) => {
        const name = `${t(`reactions.kind.${kind}`)}: ${count}`;
        const who = names.length > 0 ? names.join(', ') : undefined;
        const content = (
          <>
            <span aria-hidden="true" className="note-reactions__mark">
              {REACTION_MARKS[kind]}
            </span>
            <span aria-hidden="true">{count}</span>
          </>
        );
        return (
          <li key={kind}>
            {toggle ? (
              <button
                type="button"
                className={`note-reactions__item note-reactions__item--${kind}`}
                aria-pressed={mine}
                aria-label={name}
                aria-description={who}
                title={who ? `${name} (${who})` : name}
                data-note-control="reactions"
                onClick={() => toggle(kind)}
              >
                {content}
              </button>
            ) : (
              <span
                className={`note-reactions__item note-reactions__item--${kind}`}
                role="img"
                aria-label={who ? `${name} (${who})` : name}
                title={who ? `${name} (${who})` : name}
              >
                {content}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The note menu's reactions: every kind as a toggle, named, pressed when mine. */
export function ReactionsMenuActions({ note }: { note: NoteId }) {
  const t = useT();
  const { kinds, toggle } = useNoteReactions(note);
  if (!toggle) return null;
  return (
    <fieldset className="reactions-menu">
      <legend>{t('reactions.menuLegend')}</legend>
      {kinds.map(({ kind, count, mine }) => (
        <button
          key={kind}
          type="button"
          className={`note-reactions__item note-reactions__item--${kind}`}
          aria-pressed={mine}
          onClick={() => toggle(kind)}
        >
          <span aria-hidden="true" className="note-reactions__mark">
            {REACTION_MARKS[kind]}
          </span>
          {t(`reactions.kind.${kind}`)}
          {count > 0 && <span className="reactions-menu__count">{` ${count}`}</span>}
        </button>
      ))}
    </fieldset>
  );
}
