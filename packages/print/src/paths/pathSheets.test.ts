import { PHASES, seedBoard } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { printableFromDoc } from '../fromDoc.ts';
import { renderPrintable } from '../index.ts';
import { fonts } from '../testing/fonts.ts';
import { childrenOf, structureTree, textOf, unmarkedContent } from '../testing/pdfStructure.ts';
import { inkCoverage, occurrences, pdfPages, pdfText, points, squash, writePdf } from '../testing/pdfTools.ts';
import { boardWithPaths, crowdedPaths } from '../testing/samplePaths.ts';

describe('a path sheet per path', () => {
  const board = boardWithPaths('fi').printable();
  const bytes = renderPrintable(board, { kind: 'paths', layout: 'sheets', paper: 'A4' }, fonts);
  const path = writePdf(bytes, 'path-sheets');

  it('is one A4 landscape page per path', () => {
    const pages = pdfPages(path);
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(points(297), 1);
      expect(page.height).toBeCloseTo(points(210), 1);
    }
    expect(inkCoverage(path, 2)).toBeGreaterThan(0.02);
  });

  it('names the path, its description and the phases across, and numbers its steps', () => {
    const second = squash(pdfText(path, 'raw', 2));
    expect(second).toContain('Polku B: Nuori, joka etsii opiskelupaikkaa');
    expect(second).toContain('Hakee yhteishaussa, tarvitsee ohjausta.');
    expect(second).toContain('4 askelta');
    for (const [i, phase] of PHASES.entries()) expect(second).toContain(`${i + 1}. ${phase.name.fi}`);
    for (const step of ['1', '2', '3', '4']) expect(second.split(' ')).toContain(step);
    expect(second).toContain('Opintoohjaus ja uravalmennus');
    expect(second).toContain('Sivu 2/3');
  });

  it('marks missing services, risks with their reasons and skipped phases in words', () => {
    const second = squash(pdfText(path, 'raw', 2));
    // The deleted note's step is a missing service, not a broken link.
    expect(second).toContain('Puuttuva palvelu');
    expect(second).toContain('⚠ Riski: odottaminen – Jonotus opintoohjaajalle kestää viikkoja');
    expect(second).toContain('Ohitettu vaihe');
    const third = squash(pdfText(path, 'raw', 3));
    expect(third).toContain('Puuttuva palvelu Asumisen tuki');
    expect(third).toContain('Riski: luukuttaminen – Lähetetään luukulta toiselle');
    expect(third).toContain('Riski: katoaminen palveluviidakkoon – Ei nimettyä työntekijää');
    // The one-time visitor stops after the start: three phases skipped, on purpose.
    const first = squash(pdfText(path, 'raw', 1));
    expect(first.split('Ohitettu vaihe').length - 1).toBe(3);
  });

  it('is tagged: each path a section with its name as the heading and its steps as a list', () => {
    expect(unmarkedContent(bytes)).toEqual([]);
    const sections = childrenOf(structureTree(path), 'Sect');
    expect(sections).toHaveLength(3);
    expect(childrenOf(childrenOf(sections[1]!, 'L')[0]!, 'LI')).toHaveLength(4);
    expect(textOf(childrenOf(sections[1]!, 'H1')[0]!)).toContain('Nuori, joka etsii');
  });
});

describe('the path sheets in the print language', () => {
  it('says it in Swedish', () => {
    const board = boardWithPaths('sv').printable();
    const path = writePdf(renderPrintable(board, { kind: 'paths', layout: 'sheets', paper: 'A3' }, fonts), 'sv');
    const text = squash(pdfText(path, 'raw'));
    expect(pdfPages(path)[0]!.width).toBeCloseTo(points(420), 1);
    expect(text).toContain('Stig C: Nuori, joka tarvitsee monialaista tukea');
    expect(text).toContain('Tjänst saknas');
    expect(text).toContain('Risk: väntan');
    expect(text).toContain('Risk: skickas från lucka till lucka');
    expect(text).toContain('Risk: försvinner i servicedjungeln');
    expect(text).toContain('Överhoppad fas');
    for (const phase of PHASES) expect(text).toContain(phase.name.sv);
    expect(text).toContain('Sida 1/3');
  });
});

describe('a path with more steps in a phase than a sheet holds', () => {
  it('continues on the next sheet with its name repeated, every step once', () => {
    const board = printableFromDoc(crowdedPaths(1, 40, 200, 'during'), { date: '2026-11-24' })!;
    const path = writePdf(renderPrintable(board, { kind: 'paths', layout: 'sheets', paper: 'A4' }, fonts), 'long');
    const pages = pdfPages(path);
    expect(pages.length).toBeGreaterThan(1);
    const all = pdfText(path, 'raw');
    for (let step = 1; step <= 40; step++) expect(occurrences(all, `S${step} `), `S${step}`).toBe(1);
    for (let page = 1; page <= pages.length; page++) {
      expect(squash(pdfText(path, 'raw', page))).toContain('Polku A: Polku 1');
    }
  });
});

describe('a board without paths', () => {
  it('prints a page saying there are none yet and how to add one', () => {
    const doc = new Y.Doc();
    seedBoard(doc, { title: 'Tyhjä', language: 'fi', createdAt: 1 });
    const board = printableFromDoc(doc, { date: '2026-11-24' })!;
    for (const layout of ['sheets', 'lanes'] as const) {
      const path = writePdf(renderPrintable(board, { kind: 'paths', layout, paper: 'A4' }, fonts), 'empty');
      expect(pdfPages(path)).toHaveLength(1);
      const text = squash(pdfText(path, 'raw'));
      expect(text).toContain('Taululla ei ole vielä palvelupolkuja.');
      expect(text).toContain('Lisää polku taululla');
    }
  });
});
