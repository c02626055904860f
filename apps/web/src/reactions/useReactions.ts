import {
  type NoteId,
  REACTION_KINDS,
  type ReactionCount,
  type ReactionKind,
  reactionsAnonymous,
  readBoardReactions,
} from '@avaa/board-model';
import { ApiError } from '@avaa/protocol';
import { useCallback, useEffect, useMemo } from 'react';
import type * as Y from 'yjs';
import { useBoard } from '../board/BoardContext.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { type MessageKey, useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { useOptionalWorkshop } from '../workshop/WorkshopContext.ts';
import { peopleById } from '../workshop/workshopState.ts';
import {
  loadMyReactions,
  myReactionsOf,
  type Reactor,
  reactionKey,
  toggleMyReaction,
  useMyReactionsStore,
} from './myReactions.ts';

/** A note nobody reacted to yet: every kind at 0. */
const NO_REACTIONS: readonly ReactionCount[] = REACTION_KINDS.map((kind) => ({ kind, count: 0, people: [] }));

type ReactionsSnapshot = { readonly anonymous: boolean; readonly notes: Record<string, ReactionCount[]> };

/** The board's published reactions as plain data (compared by JSON). */
export function readReactionsSnapshot(doc: Y.Doc): ReactionsSnapshot {
  return { anonymous: reactionsAnonymous(doc), notes: Object.fromEntries(readBoardReactions(doc)) };
}

/** Whether the facilitator chose anonymous reactions (read from the board's document). */
export function useReactionsAnonymous(doc: Y.Doc): boolean {
  return useDocSnapshot(doc, readReactionsSnapshot).anonymous;
}

export type NoteReactionsView = {
  /** Every kind, in order, with its count, whether it is mine and who reacted (names; empty when anonymous). */
  readonly kinds: readonly { kind: ReactionKind; count: number; mine: boolean; names: readonly string[] }[];
  /** Null when this screen does not react (no personal token, or the board is read-only). */
  readonly toggle: ((kind: ReactionKind) => void) | null;
};

/** A note's reactions as this screen shows them, and my toggle. */
export function useNoteReactions(note: NoteId): NoteReactionsView {
  const t = useT();
  const { doc, board, canEdit } = useBoard();
  // Outside a workshop (a note shown on its own) the counts show and nobody reacts.
  const workshop = useOptionalWorkshop();
  const snapshot = useDocSnapshot(doc, readReactionsSnapshot);
  const token = workshop?.role === 'participant' ? workshop.personToken : null;
  const workshopId = workshop?.workshopId;
  const reactor = useMemo<Reactor | null>(
    () => (token && canEdit && workshopId ? { workshop: workshopId, board, token } : null),
    [token, canEdit, workshopId, board],
  );
  useEffect(() => {
    if (reactor) void loadMyReactions(reactor);
  }, [reactor]);
  const mine = useMyReactionsStore((state) => myReactionsOf(state, reactor));
  const state = workshop?.state;
  const people = useMemo(() => (state ? peopleById(state) : new Map()), [state]);
  const showToast = useBoardUi((state) => state.showToast);
  const toggle = useCallback(
    (kind: ReactionKind) => {
      if (!reactor) return;
      void toggleMyReaction(reactor, note, kind).then((refused) => {
        if (refused) showToast({ message: t(refusalKey(refused.error)) });
      });
    },
    [reactor, note, showToast, t],
  );
  const counts = snapshot.notes[note] ?? NO_REACTIONS;
  const kinds = counts.map((entry) => ({
    kind: entry.kind,
    count: entry.count,
    mine: mine.includes(reactionKey(note, entry.kind)),
    names: entry.people
      .map((person) => people.get(person)?.name ?? t('reactions.someone'))
      .sort((a, b) => a.localeCompare(b)),
  }));
  return { kinds, toggle: reactor ? toggle : null };
}

function refusalKey(error: string | null): MessageKey {
  switch (error) {
    case ApiError.commonTableLocked:
      return 'reactions.locked';
    case ApiError.noteDeleted:
    case ApiError.unknownNote:
      return `error.${error}`;
    case null:
      return 'reactions.offline';
    default:
      return 'reactions.refused';
  }
}
