import { type NoteId, type NoteView, notesMap, stacksByHead } from '@avaa/board-model';
import { createContext, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { textOnlyChanges } from '../doc/noteEvents.ts';

export type Stacks = ReadonlyMap<NoteId, readonly NoteView[]>;

const NO_STACKS: Stacks = new Map();

/** Every stack on a board (head -> members), read live; the same object while nothing about stacks changes. */
export function useStacks(doc: Y.Doc): Stacks {
  const source = useMemo(() => {
    let snapshot: Stacks = NO_STACKS;
    let signature = '';
    const read = () => {
      const next = stacksByHead(doc);
      const nextSignature = JSON.stringify([...next].map(([head, members]) => [head, members]));
      if (nextSignature !== signature) {
        signature = nextSignature;
        snapshot = next.size === 0 ? NO_STACKS : next;
      }
    };
    return {
      subscribe(listener: () => void) {
        const onChange = (events?: Y.YEvent<Y.AbstractType<unknown>>[]) => {
          // Typing into a note outside every stack cannot change the stacks: skip reading the board.
          const typed = events ? textOnlyChanges(events) : null;
          if (typed && ![...typed].some((note) => inStacks(snapshot, note))) return;
          read();
          listener();
        };
        notesMap(doc).observeDeep(onChange);
        onChange();
        return () => notesMap(doc).unobserveDeep(onChange);
      },
      getSnapshot: () => snapshot,
    };
  }, [doc]);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}

/** The board's stacks, for note cards to show what they hold. */
export const StacksContext = createContext<Stacks>(NO_STACKS);

function inStacks(stacks: Stacks, note: string): boolean {
  if (stacks.has(note as NoteId)) return true;
  for (const members of stacks.values()) if (members.some((member) => member.id === note)) return true;
  return false;
}
