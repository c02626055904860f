import { commentsOfNote, type Language, notesByCell, type readMeta } from '@avaa/board-model';

type BoardDoc = Parameters<typeof readMeta>[0];

/** A note's live comments as the table PDF lists them after the table. */
export type PrintableThread = {
  readonly note: string;
  readonly comments: readonly { readonly author: string; readonly text: string }[];
};

const WORDS = {
  fi: { heading: 'Kommentit', facilitator: 'Fasilitaattori', someone: 'Poistunut osallistuja' },
  sv: { heading: 'Kommentarer', facilitator: 'Facilitator', someone: 'Deltagare som lämnat' },
  en: { heading: 'Comments', facilitator: 'Facilitator', someone: 'A participant who left' },
} as const satisfies Record<Language, Record<string, string>>;

export function commentWords(language: Language) {
  return WORDS[language];
}

/** The visible notes' live comments in board order, authors named from `names` (person id to name). */
export function threadsFromDoc(
  doc: BoardDoc,
  names: ReadonlyMap<string, string>,
  language: Language,
): PrintableThread[] {
  const words = WORDS[language];
  const threads: PrintableThread[] = [];
  for (const notes of notesByCell(doc).values()) {
    for (const note of notes) {
      const comments = commentsOfNote(doc, note.id).filter((comment) => !comment.deleted);
      if (comments.length === 0) continue;
      threads.push({
        note: note.text,
        comments: comments.map((comment) => ({
          author: comment.createdBy === undefined ? words.facilitator : (names.get(comment.createdBy) ?? words.someone),
          text: comment.text,
        })),
      });
    }
  }
  return threads;
}
