/** No note limit (hooks.ts, `checks`). */
export * from '../../../server/src/sync/noteLimit.ts';

export function exceedsNoteLimit(): boolean {
  return false;
}
