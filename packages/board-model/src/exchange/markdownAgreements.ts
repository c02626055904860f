import type { AgreementStatus } from '../facilitation/agreementRules.ts';
import { AGREEMENT_SECTIONS } from '../facilitation/agreementSections.ts';
import type { Language } from '../template.ts';
import { dotCount, formatDate } from '../wording.ts';
import { escapeMarkdown } from './escapeMarkdown.ts';
import type { ExportedAgreement, WorkshopExport } from './types.ts';

type Words = {
  readonly heading: string;
  readonly none: string;
  readonly owner: string;
  readonly due: string;
  readonly status: Readonly<Record<AgreementStatus, string>>;
  readonly round: string;
  readonly votes: (n: number) => string;
};

export const AGREEMENT_WORDS: Readonly<Record<Language, Words>> = {
  fi: {
    heading: 'Sopimukset',
    none: '(ei kohtia)',
    owner: 'Vastuu',
    due: 'Määräaika',
    status: { open: 'avoin', 'in-progress': 'työn alla', done: 'valmis', dropped: 'luovuttu' },
    round: 'Kierros',
    votes: (n) => dotCount(n, 'fi'),
  },
  sv: {
    heading: 'Överenskommelser',
    none: '(inga punkter)',
    owner: 'Ansvarig',
    due: 'Senast',
    status: { open: 'öppen', 'in-progress': 'pågår', done: 'klar', dropped: 'slopad' },
    round: 'Omgång',
    votes: (n) => dotCount(n, 'sv'),
  },
  en: {
    heading: 'Agreements',
    none: '(no items)',
    owner: 'Owner',
    due: 'Due',
    status: { open: 'open', 'in-progress': 'in progress', done: 'done', dropped: 'dropped' },
    round: 'Round',
    votes: (n) => dotCount(n, 'en'),
  },
};

/** "Kierros: Kehittämispäivä 1 (1.12.2026)" for the latest closed round, if any. */
export function roundLine(data: WorkshopExport): string[] {
  const latest = (data.rounds ?? []).at(-1);
  if (!latest) return [];
  const words = AGREEMENT_WORDS[data.workshop.language];
  return [`${words.round}: ${escapeMarkdown(latest.name)} (${formatDate(latest.date, data.workshop.language)})`, ''];
}

/** The register by section in the method's order, each with its question; an empty one says so. */
export function agreementLines(data: WorkshopExport): string[] {
  const { language } = data.workshop;
  const words = AGREEMENT_WORDS[language];
  const items = data.agreements ?? [];
  const lines = [`## ${words.heading}`, ''];
  AGREEMENT_SECTIONS.forEach((section, i) => {
    const inSection = items.filter((item) => item.section === section.id);
    lines.push(`### ${i + 1}. ${section.title[language]}`, '', `*${escapeMarkdown(section.question[language])}*`, '');
    const list = inSection.map((item) => itemLine(item, language));
    lines.push(...(list.length > 0 ? list : [words.none]), '');
  });
  return lines;
}

function itemLine(item: ExportedAgreement, language: Language): string {
  const words = AGREEMENT_WORDS[language];
  const details = [
    item.owner === '' ? '' : `${words.owner}: ${escapeMarkdown(item.owner)}`,
    item.due === null ? '' : `${words.due}: ${formatDate(item.due, language)}`,
    words.status[item.status],
  ].filter((part) => part !== '');
  return `- ${escapeMarkdown(item.text).replace(/\n/g, '  \n  ')} — ${details.join(' · ')}`;
}
