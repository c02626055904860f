import { CELL_IDS, type Language, NOTE_COLOURS, NOTE_KINDS } from '@avaa/board-model';
import { seededRandom } from '@avaa/board-model/seeded-random';
import { labelsFor } from '../labels.ts';
import type { PrintableBoard, PrintableNote } from '../printable.ts';

/** Workshop-like phrases with every character the printables must keep: ä ö å š ž č đ ŋ ŧ á, dashes, quotes. */
const PHRASES = [
  'Matalan kynnyksen päivystys ilman ajanvarausta',
  'Työparityö: nuorisotyöntekijä ja opinto-ohjaaja',
  'Verkostotapaaminen – nuori mukana alusta asti',
  'Nätverksmöte med kunden och handledaren',
  'Somessa “Ohjaamo tutuksi” -kampanja',
  'Sámi: Ohcejohka – giellaguovddáš, čoahkkin, đ ŋ ŧ š ž',
  'Palautekysely kolmen kuukauden päästä — kuka vastaa?',
  'Asiakasnuorten raati arvioi palvelupolut',
  'Ei luukuttamista: sama työntekijä koko asiakkuuden ajan',
  'Uppföljning efter ett halvår: ‘hur gick det?’',
  'Jalkautuva työ oppilaitoksissa ja kirjastossa',
  'Solmutyöskentely: yhteinen suunnitelma kaikkien kanssa',
];

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)]!;
}

/** Note `i`'s text: unique (its number is in it) and one to three phrases long. */
function noteText(i: number, r: () => number): string {
  const count = 1 + Math.floor(r() * 3);
  const phrases = Array.from({ length: count }, () => pick(PHRASES, r));
  return `N${String(i).padStart(3, '0')} ${phrases.join('. ')}`;
}

export type SampleOptions = {
  readonly notes: number;
  readonly language?: Language;
  readonly seed?: number;
  /** Put every note into this one cell instead of spreading them. */
  readonly cell?: (typeof CELL_IDS)[number];
};

/** A board of `notes` notes spread over the cells, with kinds, colours, groups and votes. */
export function sampleBoard(options: SampleOptions): PrintableBoard {
  const language = options.language ?? 'fi';
  const r = seededRandom(options.seed ?? 1);
  const cells: Record<string, PrintableNote[]> = {};
  for (let i = 0; i < options.notes; i++) {
    const cell = options.cell ?? pick(CELL_IDS, r);
    const groups = r() < 0.4 ? [1 + Math.floor(r() * 4)] : [];
    const note: PrintableNote = {
      id: `note${i}`,
      text: noteText(i, r),
      kind: pick(NOTE_KINDS, r),
      colour: pick(NOTE_COLOURS, r),
      groups,
      ...(r() < 0.3 ? { votes: Math.floor(r() * 6) } : {}),
    };
    const list = cells[cell] ?? [];
    list.push(note);
    cells[cell] = list;
  }
  return {
    title: 'Ohjaamo Sápmi – kehittämispäivä',
    language,
    date: '2026-11-24',
    boardLabel: labelsFor(language).commonTable,
    round: language === 'fi' ? 'Kierros 1' : language === 'sv' ? 'Omgång 1' : 'Round 1',
    cells,
  };
}
