import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgreement } from '../facilitation/addAgreement.ts';
import { proposeAgreement, setAgreementOwner } from '../facilitation/agreementPeople.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { addPerson } from '../workshop/operations/addPerson.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { agreementsCalendar, fold } from './calendar.ts';

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** UTF-8 length without Node's Buffer (the package has no Node types): percent-encoding counts octets. */
function octets(text: string): number {
  return encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, '.').length;
}

const HOSTILE = 'Sovitaan; kello 9, huone "A"\\B\nrivi 2 <script>alert(1)</script> 🧑🏽‍🤝‍🧑🏻 Ääkköset ja åäö';

function register() {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Ohjaamo, kevät; 2027', language: 'fi', createdAt: 1 });
  const aino = must(addPerson(doc, { name: 'Aino Ääpälä', role: 'core-staff' }, { random: seededRandom(1) }));
  const opts = (seed: number) => ({ random: seededRandom(seed) });
  const meeting = must(addAgreement(doc, 'next-meeting', { text: 'Arvioidaan taulukko', due: '2027-03-31' }, opts(2)));
  const hostile = must(addAgreement(doc, 'needs-preparation', { text: HOSTILE, due: '2027-12-31' }, opts(3)));
  must(setAgreementOwner(doc, hostile, { person: aino }));
  must(addAgreement(doc, 'decide-now', { text: 'Ei päivää' }, opts(4)));
  must(addAgreement(doc, 'adoption', { text: 'Valmis jo', due: '2027-01-10', status: 'done' }, opts(5)));
  must(proposeAgreement(doc, 'next-meeting', 'Ehdotettu tapaaminen', aino, opts(6)));
  must(proposeAgreement(doc, 'decide-now', 'Toinen ehdotus', aino, opts(7)));
  return { doc, meeting, hostile };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('the agreements as a calendar file', () => {
  it('has the next meeting and the open due dates as all-day events a calendar parser reads back exactly', () => {
    const { doc, meeting, hostile } = register();
    const text = agreementsCalendar(doc, {
      language: 'fi',
      title: 'Ohjaamo, kevät; 2027',
      now: () => Date.UTC(2026, 11, 6),
    });
    const events = parse(text);
    expect(
      events.map((event) => [event.uid, event.startDate.toString(), event.endDate.toString(), event.summary]),
    ).toEqual([
      [`${hostile}@avaa`, '2027-12-31', '2028-01-01', `Määräaika: ${HOSTILE}`],
      [`${meeting}@avaa`, '2027-03-31', '2027-04-01', 'Seuraava tapaaminen: Arvioidaan taulukko'],
    ]);
    expect(events[0]?.startDate.isDate).toBe(true);
    expect(events[0]?.description).toBe(
      'Mitkä asiat vaativat valmistelua? Ketkä sen tekevät? Milloin asiaan palataan?\nVastuussa: Aino Ääpälä\nTyöpaja: Ohjaamo, kevät; 2027',
    );
    // An X- property's value reaches the parser raw: escaped as TEXT, as calendars read it.
    expect(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('x-wr-calname')).toBe('Ohjaamo\\, kevät\\; 2027');
  });

  it('is in the language asked, with CRLF lines of at most 75 octets', () => {
    const { doc } = register();
    const text = agreementsCalendar(doc, { language: 'sv', title: 'Verkstad', now: () => 0 });
    expect(parse(text).map((event) => event.summary.split(':')[0])).toEqual(['Tidsfrist', 'Nästa möte']);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds without splitting a character and unfolds to the same line', () => {
    const line = `SUMMARY:${'ä🧑🏽'.repeat(40)}`;
    const folded = fold(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
  });

  it('is an empty calendar when no item has a date', () => {
    const doc = new Y.Doc();
    seedWorkshop(doc, { title: 'Tyhjä', language: 'en', createdAt: 1 });
    expect(parse(agreementsCalendar(doc, { language: 'en', title: 'Tyhjä' }))).toEqual([]);
  });
});
