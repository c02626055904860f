import { type NoteId, type NoteView, notesMap, stacksByHead } from '@avaa/board-model';
import { deriveReading, type Reading } from '@avaa/workshop-client';
import { createContext, useMemo } from 'react';
import type * as Y from 'yjs';
import { useReading } from '../client/useReading.ts';
import { textOnlyChanges } from '../doc/noteEvents.ts';

export type Stacks = ReadonlyMap<NoteId, readonly NoteView[]>;

const NO_STACKS: Stacks = new Map();

/** Every stack on a board (head -> members), read live; the same object while nothing about stacks changes. */
export function useStacks(doc: Y.Doc): Stacks {
  return useReading(useMemo(() => stacksReading(doc), [doc]));
}

function stacksReading(doc: Y.Doc): Reading<Stacks> {
  let signature = '';
  let kept: Stacks = NO_STACKS;
  return deriveReading<Stacks>({
    compute: () => stacksByHead(doc),
    share(previous, next) {
      const nextSignature = JSON.stringify([...next]);
      if (nextSignature === signature) return previous;
      signature = nextSignature;
      kept = next.size === 0 ? NO_STACKS : next;
      return kept;
    },
    watch(changed) {
      const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        // Typing into a note outside every stack cannot change the stacks: skip reading the board.
        const typed = textOnlyChanges(events);
        if (typed && ![...typed].some((note) => inStacks(kept, note))) return;
        changed();
      };
      notesMap(doc).observeDeep(onChange);
      return () => notesMap(doc).unobserveDeep(onChange);
    },
    watching: 'whileSubscribed',
    notify: 'onNewSnapshot',
  });
}

/** The board's stacks, for note cards to show what they hold. */
export const StacksContext = createContext<Stacks>(NO_STACKS);

function inStacks(stacks: Stacks, note: string): boolean {
  if (stacks.has(note as NoteId)) return true;
  for (const members of stacks.values()) if (members.some((member) => member.id === note)) return true;
  return false;
}
