import {
  checkMyDots,
  checkVotePeople,
  type MyDots,
  type NoteId,
  type VotePeople,
  type WorkshopId,
} from '@avaa/protocol';
import { type ApiResult, callJson } from './call.ts';

/** Which vote, and the personal token (a person's own, from joining) that owns the dots. */
export type VoteTarget = {
  readonly base: string;
  readonly workshop: WorkshopId;
  readonly vote: string;
  readonly token: string;
};

const votePath = ({ workshop, vote }: VoteTarget) =>
  `/api/workshops/${encodeURIComponent(workshop)}/votes/${encodeURIComponent(vote)}`;

/** GET …/votes/<vote>/dots: my dots as stored. */
export function fetchMyDots(target: VoteTarget): Promise<ApiResult<MyDots>> {
  return callJson({ base: target.base, path: `${votePath(target)}/dots`, token: target.token }, {}, 200, checkMyDots);
}

/** POST …/dots: one more dot on a note; `change` is this device's id for it, the same on every retry. */
export function placeDot(target: VoteTarget, note: NoteId, change?: string): Promise<ApiResult<MyDots>> {
  const body = change === undefined ? { note } : { note, change };
  const endpoint = { base: target.base, path: `${votePath(target)}/dots`, token: target.token };
  return callJson(endpoint, { method: 'POST', body }, 201, checkMyDots);
}

/** DELETE …/dots/<note>: one of my dots back from a note. */
export function takeBackDot(target: VoteTarget, note: NoteId, change?: string): Promise<ApiResult<MyDots>> {
  const query = change === undefined ? '' : `?change=${encodeURIComponent(change)}`;
  const path = `${votePath(target)}/dots/${encodeURIComponent(note)}${query}`;
  return callJson({ base: target.base, path, token: target.token }, { method: 'DELETE' }, 200, checkMyDots);
}

/** GET …/votes/<vote>/people (facilitator, a named vote): each person's dots. */
export function fetchVotePeople(target: VoteTarget): Promise<ApiResult<VotePeople>> {
  const endpoint = { base: target.base, path: `${votePath(target)}/people`, token: target.token };
  return callJson(endpoint, {}, 200, checkVotePeople);
}
