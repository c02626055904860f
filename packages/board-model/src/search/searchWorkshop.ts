import type * as Y from 'yjs';
import { readAgreements } from '../facilitation/agreement.ts';
import type { AgreementSectionId } from '../facilitation/agreementSections.ts';
import { readAllNotes } from '../schema.ts';
import type { CellId } from '../template.ts';
import { matchText, type Snippet, searchTerms, snippetOf } from './searchText.ts';

/**
 * Search across a workshop: what a client already reads (the boards it follows, the workshop
 * document's agreements), searched on the device. Each searchable text is an item; an item
 * says where it is shown (`place`) and what to bring into view for it (`target`). Comments on
 * notes (to come) are items of `kind: 'comment'` whose target is their note: a result opens the
 * note's board at the note, as a note's own result does.
 */
export type SearchPlace =
  | { readonly kind: 'board'; readonly board: 'plenary' | number }
  | { readonly kind: 'agreements' };

export type SearchItem =
  | {
      readonly kind: 'note';
      readonly id: string;
      readonly place: SearchPlace;
      readonly cell: CellId;
      readonly text: string;
      /** The note on the board that shows this one: itself, or the top of the stack it is in. */
      readonly target: string;
    }
  | {
      readonly kind: 'agreement';
      readonly id: string;
      readonly place: SearchPlace;
      readonly section: AgreementSectionId;
      readonly text: string;
      readonly target: string;
    };

export type SearchHit = SearchItem & { readonly snippet: Snippet };

export const MAX_SEARCH_HITS = 100;

/** A board's notes that are on it (not deleted), stacked ones too: their stack's top is shown. */
export function noteSearchItems(doc: Y.Doc, board: 'plenary' | number): SearchItem[] {
  const place: SearchPlace = { kind: 'board', board };
  return readAllNotes(doc)
    .filter((note) => !note.deleted && note.text.trim() !== '')
    .map((note) => ({
      kind: 'note',
      id: note.id,
      place,
      cell: note.cell,
      text: note.text,
      target: note.stackedInto ?? note.id,
    }));
}

/** The agreement items' text and who takes each forward. */
export function agreementSearchItems(workshopDoc: Y.Doc): SearchItem[] {
  return readAgreements(workshopDoc).map((agreement) => ({
    kind: 'agreement',
    id: agreement.id,
    place: { kind: 'agreements' },
    section: agreement.section,
    text: agreement.owner === '' ? agreement.text : `${agreement.text} — ${agreement.owner}`,
    target: agreement.id,
  }));
}

/** The items in which every word of `query` occurs, in the order given, at most `limit`. */
export function searchItems(items: readonly SearchItem[], query: string, limit = MAX_SEARCH_HITS): SearchHit[] {
  const terms = searchTerms(query);
  const hits: SearchHit[] = [];
  for (const item of items) {
    const marks = matchText(item.text, terms);
    if (marks) hits.push({ ...item, snippet: snippetOf(item.text, marks) });
    if (hits.length >= limit) break;
  }
  return hits;
}
