import type { NoteId, ReactionKind } from '@avaa/board-model';
import type { ApiError, BoardRef, MyReactions, WorkshopId } from '@avaa/protocol';
import { type ApiResult, fetchMyReactions, toggleReaction } from '@avaa/workshop-client';
import { create } from 'zustand';

/** Which board, as whom: my reactions are the server's to keep (the document names nobody's). */
export type Reactor = { readonly workshop: WorkshopId; readonly board: BoardRef; readonly token: string };

const keyOf = ({ workshop, board, token }: Reactor) =>
  `${workshop}|${board.kind === 'plenary' ? 'plenary' : board.group}|${token}`;
export const reactionKey = (note: NoteId, kind: ReactionKind) => `${note} ${kind}`;

type MyReactionsStore = {
  /** By reactor: my reactions as `<note> <kind>`, as the server last answered. */
  readonly mine: Readonly<Record<string, readonly string[]>>;
  /** Reactions being sent, by `<reactor> <note> <kind>`: pressed twice, sent once. */
  readonly sending: Readonly<Record<string, true>>;
};

export const useMyReactionsStore = create<MyReactionsStore>()(() => ({ mine: {}, sending: {} }));
const loading = new Set<string>();

function store(reactor: Reactor, answer: MyReactions): void {
  const mine = answer.reactions.map((entry) => reactionKey(entry.note, entry.kind));
  useMyReactionsStore.setState((state) => ({ mine: { ...state.mine, [keyOf(reactor)]: mine } }));
}

/** Reads my reactions on the board once per page (and again when asked). */
export async function loadMyReactions(reactor: Reactor, again = false): Promise<void> {
  const key = keyOf(reactor);
  if (loading.has(key) && !again) return;
  loading.add(key);
  const answer = await fetchMyReactions({ base: '', ...reactor });
  if (answer.ok) store(reactor, answer.value);
}

/** The same empty list each time: a selector's new array would render forever. */
const NONE: readonly string[] = [];

export function myReactionsOf(state: MyReactionsStore, reactor: Reactor | null): readonly string[] {
  return reactor ? (state.mine[keyOf(reactor)] ?? NONE) : NONE;
}

/** Turns my reaction on or off; resolves with null once stored, else the refusal (null error: offline). */
export async function toggleMyReaction(
  reactor: Reactor,
  note: NoteId,
  kind: ReactionKind,
): Promise<{ readonly error: ApiError | null } | null> {
  const sending = `${keyOf(reactor)} ${reactionKey(note, kind)}`;
  if (useMyReactionsStore.getState().sending[sending]) return null;
  useMyReactionsStore.setState((state) => ({ sending: { ...state.sending, [sending]: true } }));
  let answer: ApiResult<MyReactions>;
  try {
    answer = await toggleReaction({ base: '', ...reactor }, note, kind);
  } finally {
    useMyReactionsStore.setState((state) => {
      const { [sending]: _, ...rest } = state.sending;
      return { sending: rest };
    });
  }
  if (answer.ok) {
    store(reactor, answer.value);
    return null;
  }
  return { error: answer.kind === 'refused' ? answer.error : null };
}
