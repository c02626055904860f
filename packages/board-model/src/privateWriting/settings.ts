import type { BoardRef } from '@avaa/protocol';
import * as Y from 'yjs';
import { ok, type Result } from '../result.ts';

/**
 * Private writing, the facilitator's setting in the workshop document:
 *
 *   privateWriting: Y.Map<scope, { anonymous: boolean }>   scope: 'plenary' (the common table) or
 *                   'groups' (every group's board, for the group-work stage)
 *
 * While a scope is on, each person's new notes on its boards go to their private room (only they
 * read it) until the facilitator reveals them. `anonymous` is decided before anyone writes, so
 * everyone knows whether their name will be on their notes once revealed.
 */
export const PRIVATE_WRITING_ROOT = 'privateWriting';
export const PRIVATE_SCOPES = ['plenary', 'groups'] as const;
export type PrivateScope = (typeof PRIVATE_SCOPES)[number];
export type PrivateWriting = { readonly anonymous: boolean };

export function privateWritingMap(workshopDoc: Y.Doc): Y.Map<unknown> {
  return workshopDoc.getMap(PRIVATE_WRITING_ROOT);
}

export function privateScopeOf(board: BoardRef): PrivateScope {
  return board.kind === 'plenary' ? 'plenary' : 'groups';
}

/** Turns private writing on (with its anonymity) or off (null) for a scope. */
export function setPrivateWriting(workshopDoc: Y.Doc, scope: PrivateScope, setting: PrivateWriting | null): Result {
  const map = privateWritingMap(workshopDoc);
  if (setting === null) {
    if (map.has(scope)) map.delete(scope);
    return ok();
  }
  const current = readScope(map, scope);
  if (current?.anonymous !== setting.anonymous) map.set(scope, { anonymous: setting.anonymous });
  return ok();
}

/** Whether new notes on this board are private now, and whether their reveal is anonymous. */
export function readPrivateWriting(workshopDoc: Y.Doc, board: BoardRef): PrivateWriting | undefined {
  return readScope(privateWritingMap(workshopDoc), privateScopeOf(board));
}

function readScope(map: Y.Map<unknown>, scope: PrivateScope): PrivateWriting | undefined {
  const value = map.get(scope);
  // A facilitator's client may write anything: read defensively.
  if (typeof value !== 'object' || value === null || value instanceof Y.AbstractType) return undefined;
  return { anonymous: (value as Record<string, unknown>).anonymous === true };
}
