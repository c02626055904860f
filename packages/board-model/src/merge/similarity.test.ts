import { describe, expect, it } from 'vitest';
import type { NoteId } from '../ids.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { DEFAULT_STACK_THRESHOLD, noteSimilarity, proposeStacks } from './similarity.ts';

const THRESHOLD = DEFAULT_STACK_THRESHOLD;

/** Pairs a facilitator would stack: the same service, reworded, inflected, reordered or mistyped. */
const SAME_SERVICE: readonly (readonly [string, string])[] = [
  ['Walk-in-ohjaus ilman ajanvarausta', 'ilman ajanvarausta walk-in ohjaus'],
  ['Walk-in-ohjaus ilman ajanvarausta', 'Ajanvaraukseton ohjaus'],
  ['Jalkautuva nuorisotyö', 'jalkautuvaa nuorisotyötä'],
  ['Nätverksmöten med klienten', 'nätverksmöte med kunden'],
  ['Palveluohjaus', 'palveluohjausta'],
  ['Palveluohjaus', 'Palvelu-ohjaus'],
  ['Nuorten raati', 'raati nuorille'],
  ['Monialainen tiimityö', 'monialaista tiimityötä'],
  ['Verkostotapaamiset', 'verkostotapaaminen'],
  ['Ohjaamon esittely oppilaitoksissa', 'Ohjaamon esittelyt oppilaitoksissa'],
  ['Somemarkkinointi Instagramissa', 'Instagram-somemarkkinointi'],
  ['Palautekysely asiakkaille', 'asiakkaiden palautekysely'],
  ['Jatkopolkujen seuranta', 'jatkopolkujen seurantaa'],
  ['Ohjaajan vastaanotto', 'ohjaajien vastaanotot'],
  ['Mahdollisuus palata Ohjaamoon', 'mahdollisuus palata ohjaamoon myöhemmin'],
  ['Maksuton ohjaus', 'ohjaus ilman maksua'],
  ['Jalkautuva nuorisotyö', 'jalkautuva nuorsotyö'],
  ['Uppföljningssamtal efter tre månader', 'uppföljningssamtal efter 3 månader'],
  ['Drop-in utan tidsbokning', 'Walk-in utan tidsbokning'],
  ['Tidsbokning via nätet', 'tidsbokning på nätet'],
  ['Uppsökande ungdomsarbete', 'uppsökande ungdomsarbetet'],
  ['Gemensamma klientmöten', 'gemensamt klientmöte'],
  ['Responsenkät till unga', 'responsenkäter för unga'],
  ['TYÖPARITYÖ', 'tyoparityo'],
];

/** Pairs that must not be stacked: different services, often sharing a word or two. */
const DIFFERENT_SERVICES: readonly (readonly [string, string])[] = [
  ['Palautekysely asiakkaille', 'Työparityö'],
  ['Palautekysely asiakkaille', 'Palautekysely henkilöstölle'],
  ['Palveluohjaus nuorille', 'Palveluohjaus aikuisille'],
  ['Walk-in-ohjaus ilman ajanvarausta', 'Ohjaus ajanvarauksella'],
  ['Ohjaus', 'Palveluohjaus'],
  ['Palveluohjaus', 'Palveluohjaaja'],
  ['Nätverksmöten med klienten', 'Nätverksmöten med föräldrarna'],
  ['Tidsbokning via nätet', 'Drop-in utan tidsbokning'],
  ['Jalkautuva nuorisotyö', 'Etsivä nuorisotyö'],
  ['Ohjaamon esittely oppilaitoksissa', 'Ohjaamon esittely työpaikoilla'],
  ['Tiimityö', 'Työparityö'],
  ['Asiakkaan osallisuus', 'Asiakkaan toimijuus'],
  ['Somemarkkinointi Instagramissa', 'Somemarkkinointi TikTokissa'],
  ['Nuorten raati', 'Nuorten työpaja'],
  ['Verkostotapaamiset', 'Verkkotapaamiset'],
  ['Terveydenhoitajan vastaanotto', 'Psykologin vastaanotto'],
  ['Handledning på plats', 'Handledning på distans'],
  ['Studiehandledning', 'Karriärhandledning'],
  ['Ryhmätoiminta nuorille', 'Yksilöohjaus nuorille'],
];

describe('noteSimilarity', () => {
  it.each(SAME_SERVICE)('stacks "%s" with "%s"', (a, b) => {
    expect(noteSimilarity(a, b)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each(DIFFERENT_SERVICES)('keeps "%s" apart from "%s"', (a, b) => {
    expect(noteSimilarity(a, b)).toBeLessThan(THRESHOLD);
  });

  it('leaves a margin on both sides of the threshold on the samples, the wider one against wrong stacks', () => {
    const same = Math.min(...SAME_SERVICE.map(([a, b]) => noteSimilarity(a, b)));
    const different = Math.max(...DIFFERENT_SERVICES.map(([a, b]) => noteSimilarity(a, b)));
    expect(same - THRESHOLD).toBeGreaterThanOrEqual(0.025);
    expect(THRESHOLD - different).toBeGreaterThanOrEqual(0.08);
  });

  it('is 1 for the same words in any order, case and accents, 0 for nothing shared', () => {
    expect(noteSimilarity('Jalkautuva nuorisotyö', 'NUORISOTYO, jalkautuva')).toBe(1);
    expect(noteSimilarity('Palautekysely asiakkaille', 'Työparityö')).toBe(0);
    expect(noteSimilarity('Palveluohjaus', 'palvelu ohjaus')).toBe(1);
  });

  it('is 0 when a note has no words that say anything', () => {
    expect(noteSimilarity('', '')).toBe(0);
    expect(noteSimilarity('ja ja', 'ja ja')).toBe(0);
    expect(noteSimilarity('!!!', 'Työparityö')).toBe(0);
  });

  it('halves the similarity when only one note says "without"', () => {
    expect(noteSimilarity('Ohjaus ilman ajanvarausta', 'Ohjaus ajanvarauksella')).toBe(0.5);
    expect(noteSimilarity('Handledning utan tidsbokning', 'Handledning med tidsbokning')).toBe(0.5);
  });

  it('is symmetric, within [0, 1], and 1 against itself, for random notes', () => {
    const words =
      'palveluohjaus nuorille ilman ajanvarausta jalkautuva nuorisotyötä työpari möten med klienten ja palvelu ohjaus'.split(
        ' ',
      );
    const random = seededRandom(5);
    const note = () =>
      Array.from({ length: 1 + Math.floor(random() * 5) }, () => words[Math.floor(random() * words.length)]).join(' ');
    for (let i = 0; i < 500; i++) {
      const [a, b] = [note(), note()];
      const similarity = noteSimilarity(a, b);
      expect(similarity).toBeGreaterThanOrEqual(0);
      expect(similarity).toBeLessThanOrEqual(1);
      expect(noteSimilarity(b, a)).toBeCloseTo(similarity, 12);
      const saysSomething = a.split(' ').some((word) => !['ja', 'med', 'ilman'].includes(word));
      expect(noteSimilarity(a, a), a).toBe(saysSomething ? 1 : 0);
    }
  });
});

/** The notes of one cell (Alkuvaihe / Toimenpiteet ja palvelut) after a breakout round. */
const CELL = [
  'Walk-in-ohjaus ilman ajanvarausta',
  'Palautekysely asiakkaille',
  'ilman ajanvarausta walk-in ohjaus',
  'Jalkautuva nuorisotyö',
  'Työparityö',
  'Ajanvaraukseton ohjaus',
  'jalkautuvaa nuorisotyötä',
  'Nätverksmöten med klienten',
  'Ohjaus ajanvarauksella',
  'nätverksmöte med kunden',
  'Etsivä nuorisotyö',
  'Palautekysely henkilöstölle',
  'Tidsbokning via nätet',
  'tidsbokning på nätet',
  'Nuorten raati',
  'raati nuorille',
  'Palveluohjaus nuorille',
  'Palveluohjaus aikuisille',
  'Terveydenhoitajan vastaanotto',
  'Psykologin vastaanotto',
].map((text, i) => ({ id: `note-${i + 1}`, text }));

describe('proposeStacks', () => {
  it('stacks the notes of a cell that say the same thing and leaves the rest alone', () => {
    expect(proposeStacks(CELL).map((stack) => stack.noteIds)).toEqual([
      ['note-1', 'note-3', 'note-6'],
      ['note-4', 'note-7'],
      ['note-8', 'note-10'],
      ['note-13', 'note-14'],
      ['note-15', 'note-16'],
    ]);
  });

  it('scores a stack by the mean similarity of its pairs', () => {
    const [walkIn] = proposeStacks(CELL);
    const [a, b, c] = [CELL[0]!.text, CELL[2]!.text, CELL[5]!.text];
    const mean = (noteSimilarity(a, b) + noteSimilarity(a, c) + noteSimilarity(b, c)) / 3;
    expect(walkIn?.score).toBeCloseTo(mean, 12);
  });

  it('does not chain: A like B and B like C do not stack A with C when A and C differ', () => {
    const notes = ['Palveluohjaus nuorille', 'Palveluohjaus nuorille ja aikuisille', 'Palveluohjaus aikuisille'];
    expect(noteSimilarity(notes[0]!, notes[1]!)).toBeGreaterThanOrEqual(THRESHOLD);
    expect(noteSimilarity(notes[1]!, notes[2]!)).toBeGreaterThanOrEqual(THRESHOLD);
    const stacks = proposeStacks(notes.map((text, i) => ({ id: `n${i}`, text })));
    expect(stacks.map((stack) => stack.noteIds)).toEqual([['n0', 'n1']]);
  });

  it('is deterministic and independent of the order of the notes', () => {
    const sorted = (stacks: ReturnType<typeof proposeStacks>) =>
      stacks.map((stack) => [...stack.noteIds].sort().join(' ')).sort();
    expect(proposeStacks(CELL)).toEqual(proposeStacks(CELL));
    expect(sorted(proposeStacks([...CELL].reverse()))).toEqual(sorted(proposeStacks(CELL)));
  });

  it('takes a stricter or looser threshold', () => {
    expect(proposeStacks(CELL, 0.95).map((stack) => stack.noteIds)).toEqual([
      ['note-1', 'note-3'],
      ['note-4', 'note-7'],
      ['note-8', 'note-10'],
      ['note-13', 'note-14'],
      ['note-15', 'note-16'],
    ]);
    expect(proposeStacks(CELL, 0.6).length).toBeGreaterThan(5);
  });

  it('keeps note ids typed and returns nothing for fewer than two notes', () => {
    const ids: NoteId[][] = proposeStacks([{ id: 'a' as NoteId, text: 'x' }]).map((s) => [...s.noteIds]);
    expect(ids).toEqual([]);
    expect(proposeStacks([])).toEqual([]);
  });

  it('keeps its invariants on random cells: stacks of 2+, each note once, score at the threshold', () => {
    const words =
      'palveluohjaus nuorille ilman ajanvarausta jalkautuva nuorisotyötä työpari möten med klienten ja ohjaus raati'.split(
        ' ',
      );
    for (let seed = 1; seed <= 30; seed++) {
      const random = seededRandom(seed);
      const notes = Array.from({ length: 40 }, (_, i) => ({
        id: `n${i}`,
        text: Array.from(
          { length: 1 + Math.floor(random() * 4) },
          () => words[Math.floor(random() * words.length)],
        ).join(' '),
      }));
      const stacks = proposeStacks(notes);
      const stacked = stacks.flatMap((stack) => stack.noteIds);
      expect(new Set(stacked).size).toBe(stacked.length);
      for (const stack of stacks) {
        expect(stack.noteIds.length).toBeGreaterThanOrEqual(2);
        expect(stack.score).toBeGreaterThanOrEqual(THRESHOLD);
        const positions = stack.noteIds.map((id) => Number(id.slice(1)));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }
    }
  });
});
