import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seededRandom.ts';
import { abessiveBase, MIN_STEM_LENGTH, stemWord } from './stemmer.ts';
import { foldText, noteWords } from './textFolding.ts';

const stem = (word: string) => stemWord(foldText(word));

describe('foldText', () => {
  it('folds case and diacritics of Finnish, Swedish and other European letters', () => {
    expect(foldText('ÅÄÖ åäö Éé Üü Ñ Ø æ ß Š')).toBe('aao aao ee uu n o ae ss s');
  });

  it('folds decomposed input like composed input', () => {
    expect(foldText('ty\u006f\u0308')).toBe(foldText('työ'));
  });
});

describe('noteWords', () => {
  it('splits at hyphens and punctuation and leaves out stop words', () => {
    expect(noteWords('Walk-in-ohjaus ja neuvonta, sekä chat!').words).toEqual([
      'walk',
      null,
      'ohjaus',
      null,
      'neuvonta',
      null,
      'chat',
    ]);
    expect(noteWords('Möten med klienten och familjen').words).toEqual(['moten', null, 'klienten', null, 'familjen']);
  });

  it('turns "without" words and -ton/-ttom adjectives into a negation flag', () => {
    expect(noteWords('ohjaus ilman ajanvarausta')).toEqual({ words: ['ohjaus', null, 'ajanvarausta'], negated: true });
    expect(noteWords('Ajanvaraukseton ohjaus')).toEqual({ words: ['ajanvaraukse', 'ohjaus'], negated: true });
    expect(noteWords('maksuttomat palvelut').negated).toBe(true);
    expect(noteWords('Handledning utan tidsbokning').negated).toBe(true);
    expect(noteWords('Ohjaus ajanvarauksella').negated).toBe(false);
  });

  it('recognises the abessive only on a base of four letters or more', () => {
    expect(abessiveBase('maksuton')).toBe('maksu');
    expect(abessiveBase('maksutonta')).toBe('maksu');
    expect(abessiveBase('kodittomille')).toBe('kodi');
    expect(abessiveBase('femton')).toBeUndefined();
    expect(abessiveBase('ohjaus')).toBeUndefined();
  });
});

describe('stemWord', () => {
  it.each([
    ['nuori nuoren nuorta nuoret nuorten nuorille nuoria nuorelle nuorena', 'nuor'],
    ['palvelu palvelun palvelua palvelut palveluja palveluita palveluihin palveluissa palvelusta palvelumme', 'palvel'],
    ['ohjaus ohjauksen ohjausta ohjaukseen ohjauksessa ohjaukset ohjauksia', 'ohj'],
    ['ohjaaja ohjaajan ohjaajaa ohjaajat ohjaajien ohjaajille ohjaajana ohjaajansa', 'ohjaaj'],
    ['työ työn työtä työssä työhön', 'tyo'],
    ['ryhmä ryhmän ryhmää ryhmässä ryhmät ryhmiin ryhmissä ryhmille', 'ryhm'],
    ['tapaaminen tapaamisen tapaamista tapaamiset tapaamisia tapaamisissa', 'tapaam'],
    ['seuranta seurantaa', 'seurant'],
    ['kurssi kurssin kurssia kurssit kursseja kursseilla', 'kurs'],
    ['asiakkaan asiakkaat asiakkaiden asiakkaille asiakkaita', 'asiakk'],
    ['möte mötet möten', 'mot'],
    ['tjänst tjänsten tjänster tjänsterna', 'tjanst'],
    ['ungdom ungdomen ungdomar ungdomarna ungdomens', 'ungdom'],
    ['skola skolan skolor skolorna', 'skol'],
    ['klient klienten klienter klienterna', 'klient'],
    ['arbete arbetet arbeten', 'arbet'],
  ])('brings %s to %s', (forms, expected) => {
    for (const form of forms.split(' ')) expect(stem(form), form).toBe(expected);
  });

  it('keeps agent nouns and -nta nouns whole', () => {
    expect(stem('ohjaaja')).not.toBe(stem('ohjaus'));
    expect(stem('työntekijä')).toBe('tyontekij');
    expect(stem('toiminta')).toBe('toimint');
  });

  it('never strips a word below three letters, and leaves numbers alone', () => {
    expect(stem('työ')).toBe('tyo');
    expect(stem('uni')).toBe('uni');
    expect(stem('2025')).toBe('2025');
    const random = seededRandom(11);
    const letters = 'aeiouyäöstnlkrmhjpvd';
    for (let i = 0; i < 2000; i++) {
      const length = 1 + Math.floor(random() * 12);
      const word = Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
      const result = stem(word);
      expect(result.length).toBeGreaterThanOrEqual(Math.min(foldText(word).length, MIN_STEM_LENGTH));
      expect(foldText(word).startsWith(result.slice(0, -1)), word).toBe(true);
    }
  });
});
