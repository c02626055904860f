import { describe, expect, it } from 'vitest';
import { renderPrintable } from '../index.ts';
import { fonts } from '../testing/fonts.ts';
import { unmarkedContent } from '../testing/pdfStructure.ts';
import { pdfPages, pdfText, squash, writePdf } from '../testing/pdfTools.ts';
import { boardWithPaths } from '../testing/samplePaths.ts';

describe('the table with its paths drawn over it', () => {
  const board = boardWithPaths('fi').printable();

  it('marks each note a path uses with the path and step, and adds a legend', () => {
    const bytes = renderPrintable(board, { kind: 'table', paper: 'A4', paths: true }, fonts);
    const path = writePdf(bytes, 'table-paths');
    expect(pdfPages(path)).toHaveLength(2);
    const table = squash(pdfText(path, 'raw', 1));
    // The drop-in is every path's second or first step.
    expect(table).toContain('▸A2 ▸B1 ▸C1 Matalan kynnyksen');
    expect(table).toContain('▸B2 Opintoohjaus');
    const legend = squash(pdfText(path, 'raw', 2));
    expect(legend).toContain('Merkintä B3 lapussa: polun B askel 3.');
    expect(legend).toContain('Polku C: Nuori, joka tarvitsee monialaista tukea');
    expect(legend).toContain('C3 Asiakkuuden päättövaihe: Asumisen tuki (Puuttuva palvelu)');
    expect(legend).toContain('⚠ Riski: katoaminen palveluviidakkoon');
    expect(unmarkedContent(bytes)).toEqual([]);
  });

  it('prints the plain table without the option', () => {
    const path = writePdf(renderPrintable(board, { kind: 'table', paper: 'A4' }, fonts), 'table-plain');
    expect(pdfPages(path)).toHaveLength(1);
    expect(pdfText(path)).not.toContain('▸');
  });

  it('says it in Swedish', () => {
    const sv = boardWithPaths('sv').printable();
    const path = writePdf(renderPrintable(sv, { kind: 'table', paper: 'A3', paths: true }, fonts), 'table-sv');
    const legend = squash(pdfText(path, 'raw', 2));
    expect(legend).toContain('Servicestigar');
    expect(legend).toContain('Stig A: Kertakävijä');
    expect(legend).toContain('(Tjänst saknas)');
  });
});
