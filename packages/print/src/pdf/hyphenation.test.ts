import type { Language } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { renderNoteCards } from '../cards/noteCards.ts';
import type { PrintableBoard } from '../printable.ts';
import { renderTable } from '../table/renderTable.ts';
import { fonts } from '../testing/fonts.ts';
import { pdfText, writePdf } from '../testing/pdfTools.ts';
import { sampleBoard } from '../testing/sampleBoard.ts';

/** Long compounds, the words a narrow note breaks inside. */
const WORDS: Readonly<Record<Language, readonly string[]>> = {
  fi: ['Verkostotapaaminen', 'asiakasprosessitaulukko', 'Nuorisotakuuyhteistyöverkosto', 'Työllisyyspalvelut'],
  sv: ['sektorsövergripande', 'kundprocesstabellen', 'Uppföljningsskedet', 'studiehandledaren'],
  en: ['multiprofessional', 'collaboration', 'participation', 'responsibilities'],
};

/** 60 notes in one cell of an A4 table: note columns a few words wide, as on a crowded board. */
function narrowBoard(language: Language): PrintableBoard {
  const words = WORDS[language];
  const notes = Array.from({ length: 60 }, (_, i) => ({
    id: `n${i}`,
    text: `${words[i % 4]} ${words[(i + 1) % 4]} ja ${words[(i + 2) % 4]}`,
    kind: 'note' as const,
    colour: 'yellow' as const,
    groups: [],
  }));
  return { ...sampleBoard({ notes: 0, language }), cells: { 'during:collaboration': notes } };
}

/** The line ends of the text read back: each line's last word and the next line's first. */
function lineEnds(text: string): { readonly end: string; readonly next: string }[] {
  const lines = text.split('\n').map((line) => line.trim());
  return lines.slice(0, -1).map((line, i) => ({
    end: line.split(/\s+/).at(-1) ?? '',
    next: lines[i + 1]!.split(/\s+/)[0] ?? '',
  }));
}

describe('hyphenation in PDFs', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    '%s: a long word in a narrow note breaks at a hyphenation point with a hyphen, never without one',
    (language) => {
      const board = narrowBoard(language);
      for (const pdf of [renderTable(board, { paper: 'A4' }, fonts), renderNoteCards(board, fonts)]) {
        const ends = lineEnds(pdfText(writePdf(pdf, `hyphenation-${language}`), 'raw'));
        const inside = (head: string, next: string) =>
          /^\p{L}/u.test(next) && WORDS[language].some((word) => word.includes(head + next));
        // "Verkosto-" + "tapaaminen": a hyphenated break that the word's letters continue.
        const hyphenated = ends.filter(({ end, next }) => end.endsWith('-') && inside(end.slice(0, -1), next));
        expect(hyphenated.length).toBeGreaterThan(0);
        // "Verkostotapaami" + "nen": a word cut without a hyphen.
        const cut = ends.filter(({ end, next }) => !end.endsWith('-') && /\p{L}$/u.test(end) && inside(end, next));
        expect(cut).toEqual([]);
      }
    },
    60_000,
  );
});
