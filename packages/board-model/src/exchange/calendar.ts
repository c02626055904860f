import type * as Y from 'yjs';
import { type AgreementView, readAgreements } from '../facilitation/agreement.ts';
import { AGREEMENT_SECTIONS } from '../facilitation/agreementSections.ts';
import type { Language, Localized } from '../template.ts';

/**
 * The register's dates as a calendar file (iCalendar, RFC 5545): the next meeting (question 5)
 * and every due date of an item still open or in progress, as all-day events in the workshop's
 * language. An item keeps its UID, so importing a later file again updates the same events.
 */
export type CalendarOptions = {
  readonly language: Language;
  /** The workshop's title: the calendar's name and each event's context. */
  readonly title: string;
  readonly now?: () => number;
};

const WORDS = {
  meeting: { fi: 'Seuraava tapaaminen', sv: 'Nästa möte', en: 'Next meeting' },
  due: { fi: 'Määräaika', sv: 'Tidsfrist', en: 'Due' },
  owner: { fi: 'Vastuussa', sv: 'Ansvarig', en: 'Owner' },
  workshop: { fi: 'Työpaja', sv: 'Workshop', en: 'Workshop' },
} as const satisfies Record<string, Localized>;

const IN_CALENDAR: ReadonlySet<AgreementView['status']> = new Set(['open', 'in-progress']);

export function agreementsCalendar(doc: Y.Doc, options: CalendarOptions): string {
  const stamp = icsTime((options.now ?? Date.now)());
  const events = readAgreements(doc)
    .filter((item) => item.due !== null && IN_CALENDAR.has(item.status))
    .flatMap((item) => eventLines(item, options, stamp));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Avaa//Avaa asiakasprosessi//FI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(options.title)}`,
    ...events,
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

function eventLines(item: AgreementView, options: CalendarOptions, stamp: string): string[] {
  const { language } = options;
  const due = (item.due ?? '').replaceAll('-', '');
  const label = item.section === 'next-meeting' ? WORDS.meeting : WORDS.due;
  const section = AGREEMENT_SECTIONS.find((candidate) => candidate.id === item.section);
  const { owner } = item;
  const description = [
    section ? section.question[language] : '',
    owner === '' ? '' : `${WORDS.owner[language]}: ${owner}`,
    `${WORDS.workshop[language]}: ${options.title}`,
  ].filter((line) => line !== '');
  return [
    'BEGIN:VEVENT',
    `UID:${item.id}@avaa`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${due}`,
    `DTEND;VALUE=DATE:${nextDay(item.due ?? '')}`,
    `SUMMARY;LANGUAGE=${language}:${icsText(`${label[language]}: ${item.text}`)}`,
    `DESCRIPTION;LANGUAGE=${language}:${icsText(description.join('\n'))}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export function icsText(value: string): string {
  return value.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, '\\n');
}

function icsTime(ms: number): string {
  return `${new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10).replaceAll('-', '');
}

const MAX_LINE_OCTETS = 75;

/** A character's length in UTF-8 (the package has no TextEncoder: no DOM and no Node types). */
function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Lines longer than 75 octets folded (RFC 5545 3.1), never inside a character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    // A continuation line starts with a space, which counts towards its 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
