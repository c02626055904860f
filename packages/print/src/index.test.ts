import { describe, expect, it } from 'vitest';
import { type BoardPrintRequest, renderPrintable } from './index.ts';
import { fonts } from './testing/fonts.ts';
import { pdfPages, pdfText, squash, writePdf } from './testing/pdfTools.ts';
import { sampleBoard } from './testing/sampleBoard.ts';

const requests: BoardPrintRequest[] = [
  { kind: 'table', paper: 'A2' },
  { kind: 'poster', poster: 'A1', sheet: 'A4' },
  { kind: 'cards', card: 'A6' },
  { kind: 'notecards' },
  { kind: 'blank', paper: 'A4', url: 'https://avaa.example.fi/w/k7x2' },
];

describe('renderPrintable', () => {
  const board = sampleBoard({ notes: 12, language: 'en' });
  it.each(requests)('renders $kind as a readable PDF in the board language', (request) => {
    const path = writePdf(renderPrintable(board, request, fonts), request.kind);
    expect(pdfPages(path).length).toBeGreaterThan(0);
    expect(squash(pdfText(path, 'raw'))).toMatch(/Before the client|Measures and services|Customer-process/);
  });
});
