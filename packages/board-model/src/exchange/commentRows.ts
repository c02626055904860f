import type { Language } from '../template.ts';
import { escapeMarkdown } from './escapeMarkdown.ts';
import type { ExportedBoard, ExportedComment, WorkshopExport } from './types.ts';

/** Who wrote a comment when no listed person did: the facilitator, or someone removed since. */
const AUTHOR_WORDS = {
  fi: { facilitator: 'Fasilitaattori', someone: 'Poistunut osallistuja' },
  sv: { facilitator: 'Facilitator', someone: 'Deltagare som lämnat' },
  en: { facilitator: 'Facilitator', someone: 'A participant who left' },
} as const satisfies Record<Language, Record<string, string>>;

/** A board's live comments by note, oldest first (as exported). */
export function liveCommentsByNote(board: ExportedBoard): Map<string, ExportedComment[]> {
  const byNote = new Map<string, ExportedComment[]>();
  for (const comment of board.comments ?? []) {
    if (comment.deleted) continue;
    const list = byNote.get(comment.noteId) ?? [];
    list.push(comment);
    byNote.set(comment.noteId, list);
  }
  return byNote;
}

/** Names a comment's author: the person's name, else who they must have been. */
export function commentAuthors(data: WorkshopExport): (comment: ExportedComment) => string {
  const names = new Map(data.people.map((person) => [person.id as string, person.name]));
  const words = AUTHOR_WORDS[data.workshop.language];
  return (comment) =>
    comment.createdBy === null ? words.facilitator : (names.get(comment.createdBy) ?? words.someone);
}

/** A CSV cell: each comment on its own line as "Name: text". */
export function commentsCell(
  comments: readonly ExportedComment[],
  author: (comment: ExportedComment) => string,
): string {
  return comments.map((comment) => `${author(comment)}: ${comment.text}`).join('\n');
}

/** Markdown: each comment as an item under its note's, line breaks kept inside it. */
export function commentLines(
  comments: readonly ExportedComment[],
  author: (comment: ExportedComment) => string,
): string[] {
  return comments.map(
    (comment) => `  - *${escapeMarkdown(author(comment))}:* ${escapeMarkdown(comment.text).replace(/\n/g, '  \n    ')}`,
  );
}
