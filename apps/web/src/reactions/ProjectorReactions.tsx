import type { NoteId, ReactionCount } from '@avaa/board-model';
import { createContext, type ReactNode, useContext } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useT } from '../i18n/index.ts';
import { REACTION_MARKS } from './NoteReactions.tsx';
import { readReactionsSnapshot } from './useReactions.ts';

/** The shown board's reactions per note, for its notes on the projector (counts only: the room reads no names). */
const ProjectorReactionsContext = createContext<Readonly<Record<string, ReactionCount[]>>>({});

export function ProjectorReactionsProvider({ doc, children }: { doc: Y.Doc; children: ReactNode }) {
  const { notes } = useDocSnapshot(doc, readReactionsSnapshot);
  return <ProjectorReactionsContext.Provider value={notes}>{children}</ProjectorReactionsContext.Provider>;
}

/** What changes a note's height on the projector: its reactions' counts (cells measure again on a change). */
export function useProjectorReactionsKey(notes: readonly { readonly id: NoteId }[]): string {
  const all = useContext(ProjectorReactionsContext);
  return notes.map((note) => (all[note.id] ?? []).map((entry) => entry.count).join(',')).join(';');
}

/** A note's reaction counts on the projector, large enough to read across the room. */
export function ProjectorNoteReactions({ note }: { note: NoteId }) {
  const t = useT();
  const shown = (useContext(ProjectorReactionsContext)[note] ?? []).filter((entry) => entry.count > 0);
  if (shown.length === 0) return null;
  return (
    <span className="projector-reactions">
      {shown.map(({ kind, count }) => (
        <span
          key={kind}
          className="projector-reactions__item"
          role="img"
          aria-label={`${t(`reactions.kind.${kind}`)}: ${count}`}
        >
          <span aria-hidden="true">{`${REACTION_MARKS[kind]} ${count}`}</span>
        </span>
      ))}
    </span>
  );
}
