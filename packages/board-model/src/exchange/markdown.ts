export { escapeMarkdown } from './escapeMarkdown.ts';

import { cellId, DIMENSION_IDS, dimensionOf, type Language, PHASE_IDS, phaseOf } from '../template.ts';
import { commentAuthors, commentLines, liveCommentsByNote } from './commentRows.ts';
import { escapeMarkdown } from './escapeMarkdown.ts';
import { AGREEMENT_WORDS, agreementLines, roundLine } from './markdownAgreements.ts';
import { pathLines } from './markdownPaths.ts';
import { reactionCounts, reactionLines } from './reactionsExchange.ts';
import { BOARD_NAME_WORDS, boardName, boardsOf, closedVoteCounts, type NamedBoard, visibleNotes } from './tableRows.ts';
import type { ExportedComment, ExportedNote, WorkshopExport } from './types.ts';

const WORDS = {
  fi: {
    groups: 'Ryhmät',
    gap: 'puute',
    idea: 'idea',
    none: '(ei lappuja)',
  },
  sv: {
    groups: 'Grupper',
    gap: 'brist',
    idea: 'idé',
    none: '(inga lappar)',
  },
  en: { groups: 'Groups', gap: 'gap', idea: 'idea', none: '(no notes)' },
} as const satisfies Record<Language, Record<string, string>>;

/**
 * A readable summary: the title, date and latest round, the groups with their members, each
 * board phase by phase and dimension by dimension with its visible notes (gaps and ideas marked;
 * the common table's with their votes once a vote has closed, each with its live comments under
 * it) and its service paths, then the
 * agreements by section.
 */
export function exportMarkdown(data: WorkshopExport): string {
  const { title, language, createdAt } = data.workshop;
  const words = WORDS[language];
  const lines = [`# ${escapeMarkdown(title)}`, '', new Date(createdAt).toISOString().slice(0, 10), ''];
  lines.push(...roundLine(data));
  if (data.groups.length > 0)
    lines.push(`## ${words.groups}`, '', ...groupLines(data, BOARD_NAME_WORDS[language].group), '');
  const votes = closedVoteCounts(data);
  const author = commentAuthors(data);
  for (const board of boardsOf(data))
    lines.push(...boardLines(board, language, board.group === null ? votes : undefined, author));
  lines.push(...agreementLines(data));
  return `${lines.join('\n').trimEnd()}\n`;
}

function groupLines(data: WorkshopExport, groupWord: string): string[] {
  return data.groups.map((group) => {
    const names = data.people.filter((person) => person.group === group.number).map((person) => person.name);
    return `- ${groupWord} ${group.number}: ${names.map(escapeMarkdown).join(', ')}`;
  });
}

function boardLines(
  { group, board }: NamedBoard,
  language: Language,
  votes: ReadonlyMap<string, number> | undefined,
  author: (comment: ExportedComment) => string,
): string[] {
  const words = WORDS[language];
  const comments = liveCommentsByNote(board);
  const reactions = reactionCounts(board.reactions);
  const lines = [`## ${boardName(group, language)}`, ''];
  const notes = visibleNotes(board);
  for (const phase of PHASE_IDS) {
    lines.push(`### ${phaseOf(phase).name[language]}`, '');
    for (const dimension of DIMENSION_IDS) {
      const inCell = notes.filter((note) => note.cell === cellId(phase, dimension));
      lines.push(`#### ${dimensionOf(dimension).name[language]}`, '');
      lines.push(
        ...(inCell.length > 0
          ? inCell.flatMap((note) => [
              noteLine(note, language, votes?.get(note.id) ?? (votes ? 0 : undefined)),
              ...reactionLines(reactions.get(note.id) ?? [], language),
              ...commentLines(comments.get(note.id) ?? [], author),
            ])
          : [words.none]),
        '',
      );
    }
  }
  lines.push(...pathLines(board, language));
  return lines;
}

function noteLine(note: ExportedNote, language: Language, votes: number | undefined): string {
  const kind = note.kind === 'note' ? '' : ` *(${WORDS[language][note.kind]})*`;
  const marker = votes === undefined ? kind : `${kind} — ${AGREEMENT_WORDS[language].votes(votes)}`;
  // A note's own line breaks stay inside its list item.
  return `- ${escapeMarkdown(note.text).replace(/\n/g, '  \n  ')}${marker}`;
}
