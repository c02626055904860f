import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment } from '../comments/addComment.ts';
import { commentsOfNote } from '../comments/commentSchema.ts';
import { deleteComment } from '../comments/deleteComment.ts';
import { editComment } from '../comments/editComment.ts';
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
  return { sample, note };
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

  it('imports a file written before comments, and exports it with none', () => {
    const data = JSON.parse(JSON.stringify(exported()));
    delete data.boards.plenary.comments;
    const parsed = validateWorkshopExport(data);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(roundTrip(parsed.value).boards.plenary.comments).toEqual([]);
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
