import type * as Y from 'yjs';
import { isPersonId } from '../groups/participants.ts';
import { isNoteId, type NoteId } from '../ids.ts';
import {
  isReactionKind,
  publishReactions,
  type ReactionKind,
  readBoardReactions,
} from '../reactions/publishedReactions.ts';
import type { NoteReactions } from '../reactions/reactionLog.ts';
import type { Language } from '../template.ts';
import { at, type Checker, join } from './checker.ts';
import type { ExportedReaction } from './types.ts';

/** The board's published reactions on its notes, by note then kind (the same state exports the same). */
export function exportReactions(doc: Y.Doc, notes: ReadonlySet<string>): ExportedReaction[] {
  const rows: ExportedReaction[] = [];
  const byNote = [...readBoardReactions(doc)].filter(([note]) => notes.has(note)).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [note, kinds] of byNote) {
    for (const { kind, count, people } of kinds) {
      if (count > 0) rows.push(people.length > 0 ? { note, kind, count, people } : { note, kind, count });
    }
  }
  return rows;
}

/** Reactions per note and kind, for the CSV and Markdown (counts only). */
export function reactionCounts(reactions: readonly ExportedReaction[] | undefined): Map<string, ExportedReaction[]> {
  const byNote = new Map<string, ExportedReaction[]>();
  for (const reaction of reactions ?? []) byNote.set(reaction.note, [...(byNote.get(reaction.note) ?? []), reaction]);
  return byNote;
}

const FIELDS = ['note', 'kind', 'count'] as const;

/** Each reaction's fields: a note of the board, a known kind, a count, person ids. */
export function validateReactions(check: Checker, value: unknown, path: string, notes: ReadonlySet<string>): void {
  check.array(value, path)?.forEach((entry, index) => {
    const reactionPath = at(path, index);
    const reaction = check.object(entry, reactionPath, FIELDS, ['people']);
    if (!reaction) return;
    const note = check.check(reaction.note, join(reactionPath, 'note'), isNoteId, 'invalid-id');
    if (note !== undefined && !notes.has(note)) check.fail(join(reactionPath, 'note'), 'unknown-note');
    check.check(reaction.kind, join(reactionPath, 'kind'), isReactionKind, 'unknown-kind');
    check.count(reaction.count, join(reactionPath, 'count'));
    if (reaction.people === undefined) return;
    check.array(reaction.people, join(reactionPath, 'people'))?.forEach((person, personIndex) => {
      check.check(person, at(join(reactionPath, 'people'), personIndex), isPersonId, 'invalid-id');
    });
  });
}

/** The reactions' names in exports, in the workshop's language (the UI's own are in the web app). */
export const REACTION_WORDS: Readonly<Record<Language, Readonly<Record<ReactionKind, string>> & { label: string }>> = {
  fi: { label: 'Reaktiot', agree: 'Samaa mieltä', important: 'Tärkeä', question: 'Kysymys', idea: 'Idea' },
  sv: { label: 'Reaktioner', agree: 'Håller med', important: 'Viktigt', question: 'Fråga', idea: 'Idé' },
  en: { label: 'Reactions', agree: 'Agree', important: 'Important', question: 'Question', idea: 'Idea' },
};

/** A note's reactions' counts as one CSV cell (`Samaa mieltä 2, Idea 1`); empty when it has none. */
export function reactionsCell(reactions: readonly ExportedReaction[], language: Language): string {
  const words = REACTION_WORDS[language];
  return reactions.map((entry) => `${words[entry.kind]} ${entry.count}`).join(', ');
}

/** A note's reactions as one Markdown list line under it (counts only); none when it has none. */
export function reactionLines(reactions: readonly ExportedReaction[], language: Language): string[] {
  if (reactions.length === 0) return [];
  return [`  - *${REACTION_WORDS[language].label}:* ${reactionsCell(reactions, language)}`];
}

/**
 * Writes an export's reactions into the board's `reactions` root as the server publishes them;
 * the server moves them into its reaction log when the board first loads (rooms/reactionBook.ts).
 */
export function writeReactions(doc: Y.Doc, reactions: readonly ExportedReaction[]): void {
  const byNote = new Map<NoteId, NoteReactions>();
  let anonymous = false;
  for (const { note, kind, count, people } of reactions) {
    if (people === undefined) anonymous = true;
    const shown = { ...(byNote.get(note as NoteId) ?? {}) };
    shown[kind] = people === undefined ? { count } : { count, people };
    byNote.set(note as NoteId, shown);
  }
  if (byNote.size > 0) publishReactions(doc, byNote, anonymous);
}
