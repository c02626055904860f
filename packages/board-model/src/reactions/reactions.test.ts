import type { PersonId } from '@avaa/protocol';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { publishReactions, reactionsAnonymous, readBoardReactions, readNoteReactions } from './publishedReactions.ts';
import { ReactionLog } from './reactionLog.ts';

const note = 'notenotenote' as NoteId;
const anna = 'annaannaanna' as PersonId;
const pekka = 'pekkapekkape' as PersonId;
const board = 'w/plenary';

describe('reactions', () => {
  test('a toggle counts once per person, and turning it off takes it back', () => {
    const log = new ReactionLog();
    log.apply({ board, note, kind: 'agree', person: anna, on: true });
    log.apply({ board, note, kind: 'agree', person: anna, on: true });
    log.apply({ board, note, kind: 'agree', person: pekka, on: true });
    log.apply({ board, note, kind: 'idea', person: pekka, on: true });
    log.apply({ board, note, kind: 'idea', person: pekka, on: false });
    expect(log.published(board).get(note)).toEqual({ agree: { count: 2, people: [anna, pekka] } });
    expect(log.mine(board, pekka)).toEqual([{ note, kind: 'agree' }]);
    expect(log.published('w/group/1').size).toBe(0);
  });

  test('anonymous reactions publish counts only; names come back when switched off', () => {
    const log = new ReactionLog();
    const doc = new Y.Doc();
    log.apply({ board, note, kind: 'question', person: anna, on: true });
    log.apply({ anonymous: true });
    publishReactions(doc, log.published(board), log.anonymous);
    expect(reactionsAnonymous(doc)).toBe(true);
    expect(JSON.stringify(doc.getMap('reactions').toJSON())).not.toContain(anna);
    expect(readNoteReactions(doc, note).find((r) => r.kind === 'question')).toEqual({
      kind: 'question',
      count: 1,
      people: [],
    });
    log.apply({ anonymous: false });
    publishReactions(doc, log.published(board), log.anonymous);
    expect(
      readBoardReactions(doc)
        .get(note)
        ?.find((r) => r.kind === 'question')?.people,
    ).toEqual([anna]);
  });

  test('a note whose last reaction was taken back leaves the document', () => {
    const log = new ReactionLog();
    const doc = new Y.Doc();
    log.apply({ board, note, kind: 'idea', person: anna, on: true });
    publishReactions(doc, log.published(board), log.anonymous);
    log.apply({ board, note, kind: 'idea', person: anna, on: false });
    publishReactions(doc, log.published(board), log.anonymous);
    expect(readBoardReactions(doc).size).toBe(0);
  });

  test('malformed log lines are ignored', () => {
    const log = new ReactionLog();
    log.apply({ board, note, kind: 'shrug' as never, person: anna, on: true });
    log.apply({ board, note: 'x' as NoteId, kind: 'agree', person: anna, on: true });
    expect(log.published(board).size).toBe(0);
  });
});
