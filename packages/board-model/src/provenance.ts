import * as Y from 'yjs';
import { isNoteId, type NoteId } from './ids.ts';
import { type NoteSource, notesMap, readSources, sourceKey } from './schema.ts';

/**
 * The id a group note gets on the common table: derived from its source key, so facilitators
 * merging at the same time write the same note (one Y.Map wins) instead of two copies.
 *
 * FNV-1a, 64-bit, over the characters of `<group>:<sourceNoteId>` (ASCII, so the characters are
 * its UTF-8 bytes); the hash modulo 36^12 in base 36, padded to 12 characters with '0'. 64 bits
 * keep collisions with other notes' ids out of reach (about n^2 / 2^63 for n notes).
 */
export function mergedNoteId(group: number, note: NoteId): NoteId {
  return derivedId(sourceKey(group, note)) as NoteId;
}

/** The 12-character id derived from a source key, as `mergedNoteId` derives a note's. */
export function derivedId(key: string): string {
  return (fnv1a64(key) % ID_SPACE).toString(36).padStart(12, '0');
}

const FNV_OFFSET_BASIS = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const UINT64 = (1n << 64n) - 1n;
const ID_SPACE = 36n ** 12n;

function fnv1a64(text: string): bigint {
  let hash = FNV_OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) {
    hash = ((hash ^ BigInt(text.charCodeAt(i))) * FNV_PRIME) & UINT64;
  }
  return hash;
}

export type RecordedSource = { readonly note: NoteId; readonly source: NoteSource };

/**
 * Every source recorded on the board, by source key, whatever state its note is in (live,
 * deleted, stacked, or not yet well-formed): a group note is merged at most once, so a note the
 * plenary deleted or stacked is not brought back. A key recorded on two notes (only a foreign
 * client could do that) resolves to the note with its derived id, else the smallest id.
 */
export function recordedSources(doc: Y.Doc): Map<string, RecordedSource> {
  const index = new Map<string, RecordedSource>();
  notesMap(doc).forEach((entry, id) => {
    if (!isNoteId(id) || !(entry instanceof Y.Map)) return;
    for (const source of readSources(entry)) {
      const key = sourceKey(source.group, source.note);
      const known = index.get(key);
      if (!known || prefer(id, known.note, mergedNoteId(source.group, source.note)))
        index.set(key, { note: id, source });
    }
  });
  return index;
}

function prefer(candidate: NoteId, known: NoteId, derived: NoteId): boolean {
  if (known === derived) return false;
  return candidate === derived || candidate < known;
}
