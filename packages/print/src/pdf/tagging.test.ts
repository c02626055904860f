import { execFileSync } from 'node:child_process';
import type { Language } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { renderAgreements } from '../agreements/renderAgreements.ts';
import { renderBlankTemplate } from '../blank/renderBlank.ts';
import { renderNoteCards } from '../cards/noteCards.ts';
import { renderProcessCards } from '../cards/processCards.ts';
import { labelsFor } from '../labels.ts';
import { pathLabelsFor } from '../paths/pathLabels.ts';
import { renderPathLanes } from '../paths/renderPathLanes.ts';
import { renderPathSheets } from '../paths/renderPathSheets.ts';
import { renderPoster } from '../poster/renderPoster.ts';
import { renderTable } from '../table/renderTable.ts';
import { fonts } from '../testing/fonts.ts';
import { catalog, elements, structureTree, unmarkedContent } from '../testing/pdfStructure.ts';
import { writePdf } from '../testing/pdfTools.ts';
import { sampleAgreements } from '../testing/sampleAgreements.ts';
import { sampleBoard } from '../testing/sampleBoard.ts';
import { boardWithPaths } from '../testing/samplePaths.ts';

/** Every printable in a language, with the title it should carry (what it is after the board's title). */
function printables(language: Language): { kind: string; pdf: () => Uint8Array; title: string }[] {
  const labels = labelsFor(language);
  const board = sampleBoard({ notes: 40, language, seed: 11 });
  const named = (what: string) => `${board.title} – ${what}`;
  const withPaths = boardWithPaths(language).printable();
  return [
    { kind: 'table A4', pdf: () => renderTable(board, { paper: 'A4' }, fonts), title: named(labels.table) },
    { kind: 'table A3', pdf: () => renderTable(board, { paper: 'A3' }, fonts), title: named(labels.table) },
    {
      kind: 'process cards',
      pdf: () => renderProcessCards(board, { card: 'A6' }, fonts),
      title: named(labels.processCard),
    },
    { kind: 'note cards', pdf: () => renderNoteCards(board, fonts), title: named(labels.noteCard) },
    {
      kind: 'agreements memo',
      pdf: () => renderAgreements(sampleAgreements(30, language), fonts),
      title: `${sampleAgreements(0).title} – ${labels.memo.title}`,
    },
    {
      kind: 'poster',
      pdf: () => renderPoster(board, { poster: 'A2', sheet: 'A4' }, fonts),
      title: named(labels.poster),
    },
    {
      kind: 'path sheets',
      pdf: () => renderPathSheets(withPaths, { paper: 'A4' }, fonts),
      title: `${withPaths.title} – ${pathLabelsFor(language).paths}`,
    },
    {
      kind: 'path lanes',
      pdf: () => renderPathLanes(withPaths, { paper: 'A3' }, fonts),
      title: `${withPaths.title} – ${pathLabelsFor(language).paths}`,
    },
    {
      kind: 'table with paths',
      pdf: () => renderTable(withPaths, { paper: 'A4', paths: true }, fonts),
      title: `${withPaths.title} – ${labels.table}`,
    },
    {
      kind: 'blank template',
      pdf: () =>
        renderBlankTemplate({ language, paper: 'A4', url: 'https://avaa.example/t/1', title: board.title }, fonts),
      title: named(labels.blankTemplate),
    },
  ];
}

const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en' };

describe.each(['fi', 'sv', 'en'] as const)('every printable in %s is a tagged PDF', (language) => {
  it.each(printables(language))('$kind: tagged, in the language, titled, with headings', ({ kind, pdf, title }) => {
    const bytes = pdf();
    const path = writePdf(bytes, `tagged-${language}`);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(info, kind).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toContain(`Title:           ${title}`);
    const root = catalog(bytes);
    expect(root).toContain(`/Lang (${LANGUAGE_TAGS[language]})`);
    expect(root).toContain('/MarkInfo <</Marked true>>');
    expect(root).toContain('/DisplayDocTitle true');
    const tree = structureTree(path);
    expect(tree.role).toBe('Document');
    expect(elements(tree).filter((element) => element.role === 'H1').length, kind).toBeGreaterThan(0);
  });
});

describe('nothing is drawn outside the structure', () => {
  it.each(printables('fi'))('$kind: every mark is tagged content or an artifact', ({ pdf }) => {
    expect(unmarkedContent(pdf())).toEqual([]);
  });
});
