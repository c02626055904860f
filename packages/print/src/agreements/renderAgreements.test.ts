import {
  AGREEMENT_SECTIONS,
  addAgreement,
  closeRound,
  seedBoard,
  seedWorkshop,
  updateAgreement,
} from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { portrait } from '../paper.ts';
import { fonts } from '../testing/fonts.ts';
import { inkCoverage, occurrences, pdfPages, pdfText, points, squash, writePdf } from '../testing/pdfTools.ts';
import { sampleAgreements } from '../testing/sampleAgreements.ts';
import { agreementsFromDoc } from './fromWorkshopDoc.ts';
import { renderAgreements } from './renderAgreements.ts';

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A workshop document with four items, one per status, and a closed round. */
function workshopDoc(): Y.Doc {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Kehittämispäivä – Närpiö', language: 'fi', createdAt: 1 });
  const plenary = new Y.Doc();
  seedBoard(plenary, { title: 'Kehittämispäivä – Närpiö', language: 'fi', createdAt: 1 });
  must(addAgreement(doc, 'decide-now', { text: 'Otetaan käyttöön ”yhden luukun” malli', owner: 'Aino Ääpälä' }));
  const prepared = must(
    addAgreement(doc, 'needs-preparation', { text: 'Åtgärd: ny blankett', owner: 'Åsa Öberg', due: '2027-01-15' }),
  );
  must(updateAgreement(doc, prepared, { status: 'in-progress' }));
  must(closeRound(doc, plenary, { name: 'Syksyn kierros', date: '2026-11-20' }));
  const done = must(addAgreement(doc, 'adoption', { text: 'Sámi: čoahkkin đ ŋ ŧ', owner: 'Máret Sárá' }));
  must(updateAgreement(doc, done, { status: 'done' }));
  const dropped = must(addAgreement(doc, 'other-material', { text: 'Esite uusiksi', owner: 'viestintä' }));
  must(updateAgreement(doc, dropped, { status: 'dropped' }));
  return doc;
}

describe('agreements memo', () => {
  it('prints every item once with owner, due date and status, every section with its question', () => {
    const memo = agreementsFromDoc(workshopDoc(), { date: '2026-11-24' });
    if (!memo) throw new Error('no memo');
    const path = writePdf(renderAgreements(memo, fonts), 'memo');
    const pages = pdfPages(path);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeCloseTo(points(portrait('A4').width), 1);
    expect(pages[0]!.height).toBeCloseTo(points(portrait('A4').height), 1);
    const text = squash(pdfText(path, 'raw'));
    expect(text).toContain('Kehittämispäivä – Närpiö');
    expect(text).toContain('Sopimusmuistio · 24.11.2026');
    expect(text).toContain('Viimeisin kierros: Syksyn kierros (20.11.2026)');
    for (const [item, owner, status] of [
      ['Otetaan käyttöön ”yhden luukun” malli', 'Aino Ääpälä', 'Avoin'],
      ['Åtgärd: ny blankett', 'Åsa Öberg', 'Työn alla'],
      ['Sámi: čoahkkin đ ŋ ŧ', 'Máret Sárá', 'Valmis'],
      ['Esite uusiksi', 'viestintä', 'Luovuttu'],
    ] as const) {
      expect(occurrences(text, item), item).toBe(1);
      expect(occurrences(text, `Vastuu: ${owner}`), owner).toBe(1);
      expect(occurrences(text, status), status).toBe(1);
    }
    expect(text).toContain('Määräaika: 15.1.2027');
    AGREEMENT_SECTIONS.forEach((section, i) => {
      expect(text).toContain(`${i + 1}. ${section.title.fi}`);
      expect(text).toContain(squash(section.question.fi));
    });
    // Two sections are empty and say so briefly.
    expect(occurrences(text, 'Ei kohtia.')).toBe(2);
    expect(text).toContain('Sivu 1/1');
    expect(inkCoverage(path, 1)).toBeGreaterThan(0.01);
  });

  it('continues over pages without cutting an item, numbering every page', () => {
    const memo = sampleAgreements(60);
    const path = writePdf(renderAgreements(memo, fonts), 'memo-long');
    const pages = pdfPages(path);
    expect(pages.length).toBeGreaterThan(2);
    const texts = pages.map((_, i) => squash(pdfText(path, 'raw', i + 1)));
    for (const item of memo.items) {
      // Whole on one page: found once on the pages taken one by one.
      const onPages = texts.map((text) => occurrences(text, item.text));
      expect(
        onPages.reduce((a, b) => a + b, 0),
        item.text,
      ).toBe(1);
    }
    texts.forEach((text, i) => {
      expect(text).toContain(`Sivu ${i + 1}/${pages.length}`);
    });
  });

  it('prints in Swedish and English', () => {
    const sv = squash(pdfText(writePdf(renderAgreements(sampleAgreements(6, 'sv'), fonts)), 'raw'));
    // Swedish dates are ISO, as the board's agreements page shows them (one definition: board-model's formatDate).
    expect(sv).toContain('Promemoria över överenskommelser · 2026-11-24');
    expect(sv).toContain('Tidsfrist: 2027-02-11');
    expect(sv).toContain(AGREEMENT_SECTIONS[0]!.question.sv);
    expect(sv).toContain('Ansvarig: Åsa Öberg');
    expect(sv).toContain('Pågår');
    const en = squash(pdfText(writePdf(renderAgreements(sampleAgreements(6, 'en'), fonts)), 'raw'));
    expect(en).toContain('Agreements memo · 2026-11-24');
    expect(en).toContain('No items.');
  });

  it('prints an empty register as the six questions', () => {
    const memo = { ...sampleAgreements(0), items: [] };
    const text = squash(pdfText(writePdf(renderAgreements(memo, fonts)), 'raw'));
    expect(occurrences(text, 'Ei kohtia.')).toBe(6);
  });
});
