import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NoteId } from './ids.ts';
import { boardViolations } from './invariants.ts';
import { mergedNoteId, recordedSources } from './provenance.ts';
import { notesByCell, notesInCell, notesMap, readNote } from './schema.ts';
import { boardWith } from './testing/groupBoards.ts';

const SOURCE = { group: 2, note: 'bbbbbbbbbbbb', text: 'Chat', colour: 'green', kind: 'idea' };

/** Writes `sources` entries into a note as a foreign Yjs client might. */
function writeSources(doc: Y.Doc, id: NoteId, entries: Record<string, unknown>): void {
  const sources = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(entries)) sources.set(key, value);
  notesMap(doc).get(id)?.set('sources', sources);
}

describe('provenance in the schema', () => {
  it('reads an ordinary note with no sources and no stack', () => {
    const { doc, ids } = boardWith([['start:services', 'A']]);
    const view = readNote(doc, ids[0]!);
    expect(view?.sources).toEqual([]);
    expect(view && 'stackedInto' in view).toBe(false);
  });

  it('skips malformed source entries and orders the rest by group, then note', () => {
    const { doc, ids } = boardWith([['start:services', 'A']]);
    writeSources(doc, ids[0]!, {
      '2:bbbbbbbbbbbb': SOURCE,
      '1:cccccccccccc': { ...SOURCE, group: 1, note: 'cccccccccccc' },
      '3:bbbbbbbbbbbb': SOURCE,
      '0:bbbbbbbbbbbb': { ...SOURCE, group: 0 },
      '2:BAD': { ...SOURCE, note: 'BAD' },
      '2:dddddddddddd': { ...SOURCE, note: 'dddddddddddd', text: 7 },
      '2:eeeeeeeeeeee': { ...SOURCE, note: 'eeeeeeeeeeee', colour: 'red' },
      '2:ffffffffffff': 'text',
      '2:gggggggggggg': null,
    });
    expect(readNote(doc, ids[0]!)?.sources).toEqual([{ ...SOURCE, group: 1, note: 'cccccccccccc' }, SOURCE]);
    notesMap(doc).get(ids[0]!)?.set('sources', { '2:bbbbbbbbbbbb': SOURCE });
    expect(readNote(doc, ids[0]!)?.sources).toEqual([]);
  });

  it('shows a note whose stackedInto names itself, nothing, or a malformed note', () => {
    const { doc, ids } = boardWith([
      ['start:services', 'A'],
      ['start:services', 'B'],
    ]);
    const [a, b] = ids as [NoteId, NoteId];
    notesMap(doc).set('broken000000', new Y.Map());
    for (const value of [a, 'nothing00000', 'broken000000', 42]) {
      notesMap(doc).get(a)?.set('stackedInto', value);
      expect(notesInCell(doc, 'start:services').map((note) => note.id)).toEqual([a, b]);
    }
    notesMap(doc).get(a)?.set('stackedInto', b);
    expect(readNote(doc, a)?.stackedInto).toBe(b);
    expect(
      notesByCell(doc)
        .get('start:services')
        ?.map((note) => note.id),
    ).toEqual([b]);
  });

  it('indexes every recorded source, and flags one recorded on two notes', () => {
    const { doc, ids } = boardWith([
      ['start:services', 'A'],
      ['start:services', 'B'],
    ]);
    const record = { ...SOURCE, note: 'aaaaaaaaaaaa' };
    writeSources(doc, ids[0]!, { '2:aaaaaaaaaaaa': record });
    notesMap(doc).get(ids[0]!)?.set('deleted', true);
    expect(recordedSources(doc).get('2:aaaaaaaaaaaa')).toEqual({ note: ids[0], source: record });
    expect(boardViolations(doc)).toEqual([]);
    writeSources(doc, ids[1]!, { '2:aaaaaaaaaaaa': record });
    expect(boardViolations(doc)).toEqual([expect.stringContaining('source 2:aaaaaaaaaaaa recorded on')]);
    expect(mergedNoteId(2, 'aaaaaaaaaaaa' as NoteId)).toMatch(/^[0-9a-z]{12}$/);
  });
});
