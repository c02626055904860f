import type { NoteSource, NoteView } from '@avaa/board-model';

/** Where a note (and, for a stack, every note in it) came from, by group then source note. */
export function sourcesOf(note: NoteView, members: readonly NoteView[] | undefined): NoteSource[] {
  const all = [...note.sources, ...(members ?? []).flatMap((member) => member.sources)];
  return all.sort((a, b) => a.group - b.group || (a.note < b.note ? -1 : a.note > b.note ? 1 : 0));
}

/** The groups a note came from, each once, in number order. */
export function sourceGroups(sources: readonly NoteSource[]): number[] {
  return [...new Set(sources.map((source) => source.group))].sort((a, b) => a - b);
}
