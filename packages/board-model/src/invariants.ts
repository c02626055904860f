import * as Y from 'yjs';
import { isNoteId } from './ids.ts';
import { compareNotes, notesByCell, notesMap, readAllNotes, readNote, sourceKey } from './schema.ts';

/**
 * What must hold on every board after any mix of operations and deliveries: each visible note
 * sits in exactly one valid cell with a valid key, every cell has a strict order, every hidden
 * stacked note has a head that is shown or deleted (never a note hidden itself, whatever chains
 * or cycles concurrent stacking left), and each group note is recorded as the source of one note
 * at most. Returns the violations found (empty when the board is sound).
 *
 * Not checked, because concurrency can break them without harm: that a member sits in its head's
 * cell (a member's placement is unused while stacked) and that stored `stackedInto` values form
 * no chains (readers resolve them).
 */
export function boardViolations(doc: Y.Doc): string[] {
  const problems: string[] = [];
  notesMap(doc).forEach((note, id) => {
    if (!isNoteId(id) || !(note instanceof Y.Map) || !readNote(doc, id)) problems.push(`malformed note ${id}`);
  });
  const seen = new Set<string>();
  for (const [cell, notes] of notesByCell(doc)) {
    notes.forEach((note, i) => {
      if (seen.has(note.id)) problems.push(`note ${note.id} in more than one cell`);
      seen.add(note.id);
      const next = notes[i + 1];
      if (next && compareNotes(note, next) >= 0) problems.push(`cell ${cell} not strictly ordered at ${i}`);
    });
  }
  problems.push(...stackProblems(doc), ...provenanceProblems(doc));
  return problems;
}

function stackProblems(doc: Y.Doc): string[] {
  return readAllNotes(doc).flatMap((note) => {
    if (note.stackedInto === undefined) return [];
    const head = readNote(doc, note.stackedInto);
    if (!head) return [`note ${note.id} stacked into missing note ${note.stackedInto}`];
    return head.stackedInto === undefined ? [] : [`note ${note.id} stacked into stacked note ${head.id}`];
  });
}

function provenanceProblems(doc: Y.Doc): string[] {
  const recordedOn = new Map<string, string>();
  const problems: string[] = [];
  for (const note of readAllNotes(doc)) {
    for (const source of note.sources) {
      const key = sourceKey(source.group, source.note);
      const other = recordedOn.get(key);
      if (other !== undefined) problems.push(`source ${key} recorded on ${other} and ${note.id}`);
      recordedOn.set(key, note.id);
    }
  }
  return problems;
}
