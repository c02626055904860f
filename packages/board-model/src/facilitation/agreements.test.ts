import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteNote } from '../operations/deleteNote.ts';
import { LANGUAGES } from '../template.ts';
import { addNote, exchange, seededBoard } from '../testing/board.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { addAgreement, type NewAgreement } from './addAgreement.ts';
import { agreementsInSection, agreementsMap, readAgreement, readAgreements } from './agreement.ts';
import { isIsoDate } from './agreementRules.ts';
import { AGREEMENT_SECTION_IDS, AGREEMENT_SECTIONS, type AgreementSectionId } from './agreementSections.ts';
import { createAgreementFromNote } from './createAgreementFromNote.ts';
import { moveAgreement, removeAgreement } from './moveAgreement.ts';
import { updateAgreement } from './updateAgreement.ts';

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  return doc;
}

let seed = 100;
function add(doc: Y.Doc, section: AgreementSectionId, item: NewAgreement | string): string {
  seed++;
  const result = addAgreement(doc, section, typeof item === 'string' ? { text: item } : item, {
    random: seededRandom(seed),
    now: () => seed,
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const texts = (doc: Y.Doc, section: AgreementSectionId) => agreementsInSection(doc, section).map((item) => item.text);

describe('agreement sections', () => {
  it('has the six questions with titles and questions in every language', () => {
    expect(AGREEMENT_SECTIONS.map((section) => section.id)).toEqual([...AGREEMENT_SECTION_IDS]);
    for (const section of AGREEMENT_SECTIONS) {
      for (const language of LANGUAGES) {
        expect(section.title[language].length).toBeGreaterThan(0);
        expect(section.question[language]).toMatch(/\?$/);
      }
    }
  });
});

describe('agreements register', () => {
  it('adds items with owner, due date and status, in order within a section', () => {
    const doc = workshop();
    const first = add(doc, 'needs-preparation', { text: ' Palvelukuvaus ', owner: ' Anna ', due: '2027-03-31' });
    add(doc, 'needs-preparation', 'Verkostokartta');
    add(doc, 'needs-preparation', { text: 'Ensin tämä', position: 'start' });
    add(doc, 'decide-now', 'Matala kynnys');
    expect(texts(doc, 'needs-preparation')).toEqual(['Ensin tämä', 'Palvelukuvaus', 'Verkostokartta']);
    expect(readAgreements(doc).map((item) => item.section)).toEqual([
      'decide-now',
      'needs-preparation',
      'needs-preparation',
      'needs-preparation',
    ]);
    expect(readAgreement(doc, first)).toMatchObject({ owner: 'Anna', due: '2027-03-31', status: 'open', notes: [] });
  });

  it('validates every field with typed errors', () => {
    const doc = workshop();
    const refuse = (section: AgreementSectionId, item: NewAgreement) => addAgreement(doc, section, item);
    expect(refuse('lunch' as AgreementSectionId, { text: 'x' })).toEqual({ ok: false, error: 'unknown-section' });
    expect(refuse('decide-now', { text: '  ' })).toEqual({ ok: false, error: 'empty-text' });
    expect(refuse('decide-now', { text: 'x'.repeat(501) })).toEqual({ ok: false, error: 'text-too-long' });
    expect(refuse('decide-now', { text: 'a\u202eb' })).toEqual({ ok: false, error: 'control-character' });
    expect(refuse('decide-now', { text: 'x', owner: 'o'.repeat(121) })).toEqual({ ok: false, error: 'name-too-long' });
    expect(refuse('decide-now', { text: 'x', due: '2027-02-29' })).toEqual({ ok: false, error: 'invalid-date' });
    expect(refuse('decide-now', { text: 'x', due: '31.3.2027' })).toEqual({ ok: false, error: 'invalid-date' });
    expect(refuse('decide-now', { text: 'x', status: 'maybe' as never })).toEqual({
      ok: false,
      error: 'unknown-status',
    });
    expect(agreementsMap(doc).size).toBe(0);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-13-01')).toBe(false);
  });

  it('updates only the given fields, all validated first', () => {
    const doc = workshop();
    const id = add(doc, 'needs-management', { text: 'Resurssit', owner: 'Johtoryhmä' });
    expect(updateAgreement(doc, id, { status: 'in-progress', due: '2027-05-01' }).ok).toBe(true);
    expect(updateAgreement(doc, id, { text: 'Uusi', due: 'huomenna' })).toEqual({ ok: false, error: 'invalid-date' });
    expect(readAgreement(doc, id)).toMatchObject({
      text: 'Resurssit',
      owner: 'Johtoryhmä',
      status: 'in-progress',
      due: '2027-05-01',
    });
    expect(updateAgreement(doc, id, { due: null, status: 'done' }).ok).toBe(true);
    expect(readAgreement(doc, id)).toMatchObject({ due: null, status: 'done' });
    expect(updateAgreement(doc, 'nope', { status: 'done' })).toEqual({ ok: false, error: 'unknown-agreement' });
  });

  it('keeps concurrent changes of different fields of one item', () => {
    const a = workshop();
    const id = add(a, 'adoption', 'Perehdytys');
    const b = new Y.Doc();
    exchange(a, b);
    updateAgreement(a, id, { owner: 'Pekka' });
    updateAgreement(b, id, { status: 'done' });
    exchange(a, b);
    expect(readAgreement(a, id)).toMatchObject({ owner: 'Pekka', status: 'done' });
    expect(readAgreement(b, id)).toEqual(readAgreement(a, id));
  });

  it('moves within and between sections and removes', () => {
    const doc = workshop();
    const one = add(doc, 'next-meeting', 'Yksi');
    add(doc, 'next-meeting', 'Kaksi');
    const three = add(doc, 'next-meeting', 'Kolme');
    expect(moveAgreement(doc, three, 'next-meeting', 0, { random: seededRandom(1) }).ok).toBe(true);
    expect(texts(doc, 'next-meeting')).toEqual(['Kolme', 'Yksi', 'Kaksi']);
    expect(moveAgreement(doc, one, 'other-material', 'end').ok).toBe(true);
    expect(texts(doc, 'other-material')).toEqual(['Yksi']);
    expect(removeAgreement(doc, one).ok).toBe(true);
    expect(readAgreement(doc, one)).toBeUndefined();
    // A removed item keeps no words in the document (issue 14: removed items stayed readable).
    expect(agreementsMap(doc).get(one)?.get('text')).toBe('');
    expect(moveAgreement(doc, one, 'decide-now', 'end')).toEqual({ ok: false, error: 'unknown-agreement' });
    expect(moveAgreement(doc, three, 'lunch' as never, 'end')).toEqual({ ok: false, error: 'unknown-section' });
  });

  it('re-keys a section when concurrent inserts share a key', () => {
    const a = workshop();
    add(a, 'decide-now', 'A');
    const b = new Y.Doc();
    exchange(a, b);
    // Same seed on both peers: the same key at the same spot.
    addAgreement(a, 'decide-now', { text: 'B1' }, { random: seededRandom(5) });
    addAgreement(b, 'decide-now', { text: 'B2' }, { random: seededRandom(5) });
    exchange(a, b);
    expect(addAgreement(a, 'decide-now', { text: 'Väliin', position: 2 }, { random: seededRandom(6) }).ok).toBe(true);
    exchange(a, b);
    const order = texts(a, 'decide-now');
    expect(order).toEqual(texts(b, 'decide-now'));
    expect(order.indexOf('Väliin')).toBe(2);
    const keys = agreementsInSection(a, 'decide-now').map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('creates an item from a note, linked to it', () => {
    const doc = workshop();
    const board = seededBoard();
    const note = addNote(board, 'ending:services', 'Paluu palveluun helpoksi', 3);
    const result = createAgreementFromNote(doc, board, note, 'needs-preparation', { owner: 'Mari' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(readAgreement(doc, result.value)).toMatchObject({
      text: 'Paluu palveluun helpoksi',
      owner: 'Mari',
      notes: [note],
      section: 'needs-preparation',
    });
    expect(createAgreementFromNote(doc, board, 'zzzzzzzzzzzz' as never, 'decide-now')).toEqual({
      ok: false,
      error: 'unknown-note',
    });
    deleteNote(board, note);
    expect(createAgreementFromNote(doc, board, note, 'decide-now')).toEqual({ ok: false, error: 'note-deleted' });
  });
});
