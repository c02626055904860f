import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment } from '../comments/addComment.ts';
import { commentsOfNote } from '../comments/commentSchema.ts';
import { deleteComment } from '../comments/deleteComment.ts';
import { editComment } from '../comments/editComment.ts';
import { closeRound } from '../facilitation/closeRound.ts';
import { readRound } from '../facilitation/round.ts';
import type { PersonId } from '../groups/participants.ts';
import { isVisibleNote, readAllNotes } from '../schema.ts';
import { sampleWorkshop } from '../testing/sampleWorkshop.ts';
import { readPeople } from '../workshop/schema.ts';
import { exportCsv } from './csv.ts';
import { exportWorkshop } from './exportWorkshop.ts';
import { importWorkshop } from './importWorkshop.ts';
import { exportMarkdown } from './markdown.ts';
import type { WorkshopExport } from './types.ts';
import { validateWorkshopExport } from './validate.ts';

/** The sample workshop with a thread on the common table's first visible note: a named, an edited, a deleted and the facilitator's comment. */
function withComments() {
  const sample = sampleWorkshop();
  const note = readAllNotes(sample.plenary).filter(isVisibleNote)[0];
  const aino = readPeople(sample.workshop)[0]?.id as PersonId;
  if (!note) throw new Error('no note');
  const at = (time: number) => ({ now: () => 1_700_000_100_000 + time, random: () => time / 10 });
  const first = addComment(sample.plenary, note.id, 'Onko chat auki iltaisin?\nEntä viikonloppuisin?', aino, at(1));
  const second = addComment(sample.plenary, note.id, '=SUM(A1) "lainaus", pilkku', aino, at(2));
  const third = addComment(sample.plenary, note.id, 'Poistettava', aino, at(3));
  addComment(sample.plenary, note.id, 'Fasilitaattorin kommentti', undefined, at(4));
  if (!first.ok || !second.ok || !third.ok) throw new Error('not added');
  editComment(sample.plenary, second.value, '=SUM(A1) "lainaus", pilkku!', at(5));
  deleteComment(sample.plenary, third.value, at(6));
  const round = closeRound(sample.workshop, sample.plenary, { name: 'Kommenttikierros', date: '2026-12-06' }, at(7));
  if (!round.ok) throw new Error(round.error);
  return { sample, note, round: round.value };
}

function exported(): WorkshopExport {
  const { sample } = withComments();
  return exportWorkshop(sample.workshop, sample);
}

function roundTrip(data: WorkshopExport): WorkshopExport {
  const parsed = validateWorkshopExport(JSON.parse(JSON.stringify(data)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const docs = importWorkshop(parsed.value);
  const reload = (doc: Y.Doc) => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    return copy;
  };
  const groups = new Map([...docs.groups].map(([n, doc]) => [n, reload(doc)]));
  return exportWorkshop(reload(docs.workshop), { plenary: reload(docs.plenary), groups });
}

describe('comments in the exchange', () => {
  it('export -> import -> export keeps every comment, byte for byte', () => {
    const first = exported();
    expect(first.boards.plenary.comments).toHaveLength(4);
    expect(first.boards.plenary.comments?.[2]).toMatchObject({ text: '', deleted: true });
    expect(first.boards.plenary.comments?.[3]).toMatchObject({ createdBy: null, editedAt: null });
    const second = roundTrip(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const docs = importWorkshop(second);
    const note = first.boards.plenary.comments?.[0]?.noteId;
    if (!note) throw new Error('no note');
    expect(commentsOfNote(docs.plenary, note).map((comment) => comment.text)).toEqual([
      'Onko chat auki iltaisin?\nEntä viikonloppuisin?',
      '=SUM(A1) "lainaus", pilkku!',
      '',
      'Fasilitaattorin kommentti',
    ]);
  });

  it('a round keeps the live comments of its notes, and they round-trip too', () => {
    const { sample, round } = withComments();
    expect(readRound(sample.workshop, round)?.comments?.map((comment) => comment.text)).toEqual([
      'Onko chat auki iltaisin?\nEntä viikonloppuisin?',
      '=SUM(A1) "lainaus", pilkku!',
      'Fasilitaattorin kommentti',
    ]);
    const first = exported();
    expect((first.rounds ?? []).find((entry) => entry.name === 'Kommenttikierros')?.comments).toHaveLength(3);
    expect(JSON.stringify(roundTrip(first))).toBe(JSON.stringify(first));
  });

  it('imports a file written before comments, and exports it with none', () => {
    const data = JSON.parse(JSON.stringify(exported()));
    delete data.boards.plenary.comments;
    for (const round of data.rounds) delete round.comments;
    const parsed = validateWorkshopExport(data);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const again = roundTrip(parsed.value);
    expect(again.boards.plenary.comments).toEqual([]);
    expect((again.rounds ?? []).every((round) => round.comments === undefined)).toBe(true);
    expect(readRound(importWorkshop(again).workshop, again.rounds?.[0]?.id ?? '')?.comments).toBeNull();
  });

  it('refuses comments on unknown notes, over-long or deleted with text, and duplicate ids', () => {
    const data = JSON.parse(JSON.stringify(exported()));
    const [one, two, three] = data.boards.plenary.comments;
    one.noteId = 'zzzzzzzzzzzz';
    two.text = 'x'.repeat(501);
    three.text = 'jäi';
    data.boards.plenary.comments.push({ ...two, text: 'toinen' });
    const result = validateWorkshopExport(data);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'boards.plenary.comments[0].noteId', reason: 'unknown-note' },
      { path: 'boards.plenary.comments[1].text', reason: 'invalid-text' },
      { path: 'boards.plenary.comments[2].text', reason: 'invalid-text' },
      { path: 'boards.plenary.comments[4].id', reason: 'duplicate-id' },
    ]);
  });

  it('lists live comments with their authors in CSV (last column) and Markdown', () => {
    const data = exported();
    const csv = exportCsv(data);
    expect(csv).toContain(
      '"Aino Ääpälä: Onko chat auki iltaisin?\nEntä viikonloppuisin?\nAino Ääpälä: =SUM(A1) ""lainaus"", pilkku!\nFasilitaattori: Fasilitaattorin kommentti"',
    );
    expect(csv).not.toContain('Poistettava');
    const markdown = exportMarkdown(data);
    expect(markdown).toContain('  - *Aino Ääpälä:* Onko chat auki iltaisin?  \n    Entä viikonloppuisin?');
    expect(markdown).toContain('  - *Fasilitaattori:* Fasilitaattorin kommentti');
  });
});
