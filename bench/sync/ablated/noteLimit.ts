/** No note limit (hooks.ts, `checks`). */
import type * as NoteLimit from '../../../server/src/sync/noteLimit.ts';

export * from '../../../server/src/sync/noteLimit.ts';

export const exceedsNoteLimit: typeof NoteLimit.exceedsNoteLimit = () => false;
