import { addComment, createNote, type PersonId, seedBoard } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { printableFromDoc } from '../fromDoc.ts';
import { renderPrintable } from '../index.ts';
import { fonts } from '../testing/fonts.ts';
import { unmarkedContent } from '../testing/pdfStructure.ts';
import { pdfPages, pdfText, squash, writePdf } from '../testing/pdfTools.ts';

const anna = 'p-anna' as PersonId;

function boardWithThread() {
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'Ohjaamo Espoo', language: 'fi', createdAt: 0 });
  const note = createNote(doc, 'start:services', { text: 'Matalan kynnyksen päivystys' });
  const quiet = createNote(doc, 'during:services', { text: 'Työkokeilu' });
  if (!note.ok || !quiet.ok) throw new Error('no note');
  addComment(doc, note.value, 'Onko päivystys auki myös kesällä?', anna, { now: () => 1 });
  addComment(doc, note.value, 'Kyllä, ti ja to klo 12–16.', undefined, { now: () => 2 });
  return doc;
}

describe('the table with its comments listed after it', () => {
  const names = new Map([[anna as string, 'Anna Lindqvist']]);
  const board = printableFromDoc(boardWithThread(), { date: '2026-12-06', names });
  if (!board) throw new Error('no board');

  it('lists each commented note with its comments and their authors, on a page of its own', () => {
    const bytes = renderPrintable(board, { kind: 'table', paper: 'A4', comments: true }, fonts);
    const path = writePdf(bytes, 'table-comments');
    expect(pdfPages(path)).toHaveLength(2);
    const list = squash(pdfText(path, 'raw', 2));
    expect(list).toContain('Kommentit – Ohjaamo Espoo');
    expect(list).toContain('Matalan kynnyksen päivystys');
    expect(list).toContain('Anna Lindqvist: Onko päivystys auki myös kesällä?');
    expect(list).toContain('Fasilitaattori: Kyllä, ti ja to klo 12–16.');
    expect(list).not.toContain('Työkokeilu');
    expect(unmarkedContent(bytes)).toEqual([]);
  });

  it('prints the plain table without the option', () => {
    const path = writePdf(renderPrintable(board, { kind: 'table', paper: 'A4' }, fonts), 'table-no-comments');
    expect(pdfPages(path)).toHaveLength(1);
    expect(pdfText(path)).not.toContain('Anna Lindqvist');
  });
});
