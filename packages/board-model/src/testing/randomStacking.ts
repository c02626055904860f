import type * as Y from 'yjs';
import type { RandomSource } from '../ids.ts';
import { stackNotes } from '../operations/stackNotes.ts';
import { unstackNotes } from '../operations/unstackNotes.ts';
import { notesByCell } from '../schema.ts';
import { stacksByHead } from '../stacks.ts';

function pick<T>(random: RandomSource, items: readonly T[]): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/** Stacks one or two notes of a random cell under another, or breaks up a random stack. */
export function applyRandomStacking(doc: Y.Doc, random: RandomSource): string {
  const heads = [...stacksByHead(doc).keys()];
  if (heads.length > 0 && random() < 0.35) {
    unstackNotes(doc, pick(random, heads)!, { random });
    return 'unstack';
  }
  const crowded = [...notesByCell(doc).values()].filter((notes) => notes.length >= 2);
  const notes = pick(random, crowded);
  if (!notes) return 'none';
  const head = pick(random, notes)!;
  const others = notes.filter((note) => note !== head);
  const members = new Set([pick(random, others)!, pick(random, others)!].slice(0, 1 + Math.floor(random() * 2)));
  stackNotes(
    doc,
    head.id,
    [...members].map((note) => note.id),
  );
  return 'stack';
}
