import {
  type GroupView,
  type PersonView,
  readGroups,
  readPeople,
  readSettings,
  readVotes,
  readWorkshopMeta,
  type VoteResults,
  type WorkshopMeta,
  type WorkshopSettings,
} from '@avaa/board-model';
import type { Reading } from '@avaa/sync-client';
import type * as Y from 'yjs';
import { docReading } from './docReading.ts';

/** The workshop document as plain data: who is here, the groups, and the plenary's settings. */
export type WorkshopState = {
  readonly meta: WorkshopMeta | undefined;
  readonly settings: WorkshopSettings;
  readonly people: readonly PersonView[];
  readonly groups: readonly GroupView[];
};

export function readWorkshopState(doc: Y.Doc): WorkshopState {
  return { meta: readWorkshopMeta(doc), settings: readSettings(doc), people: readPeople(doc), groups: readGroups(doc) };
}

/** The workshop's state, read live (the same object until it changes). */
export function workshopStateReading(workshopDoc: Y.Doc): Reading<WorkshopState> {
  return docReading(workshopDoc, readWorkshopState);
}

/** The common table's votes as the screens see them. */
export type VoteState = {
  /** Every vote, the latest opened first. */
  readonly votes: readonly VoteResults[];
  /** The vote people place dots in now. */
  readonly open: VoteResults | undefined;
  /** The latest vote once it is closed: its results show on every screen until a new vote opens. */
  readonly results: VoteResults | undefined;
};

export function readVoteState(doc: Y.Doc): VoteState {
  const votes = readVotes(doc);
  const open = votes.find((vote) => !vote.closed);
  const latest = votes[0];
  return { votes, open, results: !open && latest?.closed ? latest : undefined };
}

/** The common table's votes, read live (the same object until they change). */
export function votesReading(tableDoc: Y.Doc): Reading<VoteState> {
  return docReading(tableDoc, readVoteState);
}
