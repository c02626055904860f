import type * as Y from 'yjs';
import { isGroupNumber } from '../groupNumber.ts';
import { type BoardMode, boardModesMap, isBoardMode } from '../modes/boardMode.ts';
import { type Checker, join } from './checker.ts';

/**
 * Board modes in the export: every board that is not open, by its key (`plenary`, `group/<n>`),
 * in key order. Who the co-facilitators are is not exported: rights do not travel with a file
 * (an imported workshop has new links anyway).
 */
export function exportBoardModes(workshopDoc: Y.Doc, groups: ReadonlySet<number>): Record<string, BoardMode> {
  const modes: Record<string, BoardMode> = {};
  const entries = [...boardModesMap(workshopDoc).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, mode] of entries) {
    if (isBoardMode(mode) && mode !== 'open' && isBoardKey(key, groups)) modes[key] = mode;
  }
  return modes;
}

export function validateBoardModes(check: Checker, value: unknown, groups: ReadonlySet<number>): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    check.fail('boardModes', 'not-an-object');
    return;
  }
  for (const [key, mode] of Object.entries(value)) {
    const path = join('boardModes', key);
    if (!isBoardKey(key, groups)) check.fail(path, key.startsWith('group/') ? 'unknown-group' : 'unknown-field');
    else check.check(mode, path, isBoardMode, 'unknown-board-mode');
  }
}

export function writeBoardModes(workshopDoc: Y.Doc, modes: Readonly<Record<string, BoardMode>>): void {
  const map = boardModesMap(workshopDoc);
  for (const [key, mode] of Object.entries(modes)) if (mode !== 'open') map.set(key, mode);
}

function isBoardKey(key: string, groups: ReadonlySet<number>): boolean {
  if (key === 'plenary') return true;
  const number = key.startsWith('group/') ? Number(key.slice('group/'.length)) : Number.NaN;
  return isGroupNumber(number) && `group/${number}` === key && groups.has(number);
}
