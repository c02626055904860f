import type * as Y from 'yjs';
import type { GroupBoard } from '../merge/mergePlan.ts';
import { derivedId, mergedNoteId, type RecordedSource } from '../provenance.ts';
import { notesMap, sourceKey } from '../schema.ts';
import { asCommentEntry, type CommentEntry, commentsMap, readComments } from './commentSchema.ts';

/**
 * Brings the groups' comments along with their notes, inside the merge's transaction: each
 * comment of a merged note goes under that note on the common table, with its group named
 * (`group`) and an id derived from its source (`c` + `derivedId('<group>:comment:<id>')`), so
 * two facilitators merging at once write one comment, and merging again writes nothing new.
 * A group's edit or delete follows; a comment the plenary deleted stays deleted.
 */
export function mergeComments(
  common: Y.Doc,
  groups: readonly GroupBoard[],
  links: ReadonlyMap<string, RecordedSource> = new Map(),
): void {
  const notes = notesMap(common);
  const comments = commentsMap(common);
  for (const { group, doc } of groups) {
    for (const { id, ...comment } of readComments(doc)) {
      // A copy of the table's note links to its original; every other note to its merged note.
      const noteId = links.get(sourceKey(group, comment.noteId))?.note ?? mergedNoteId(group, comment.noteId);
      if (!notes.has(noteId)) continue;
      const mergedId = `c${derivedId(`${group}:comment:${id}`)}`;
      const present = asCommentEntry(comments.get(mergedId));
      if (present?.deleted) continue;
      const merged: CommentEntry = { ...comment, noteId, group };
      if (present && JSON.stringify(present) === JSON.stringify(merged)) continue;
      comments.set(mergedId, merged);
    }
  }
}
