import type { PersonId } from '@avaa/protocol';
import { describe, expect, it } from 'vitest';
import type { NoteId } from '../ids.ts';
import { publishReactions } from '../reactions/publishedReactions.ts';
import { readAllNotes } from '../schema.ts';
import { sampleWorkshop } from '../testing/sampleWorkshop.ts';
import { exportCsv } from './csv.ts';
import { exportWorkshop } from './exportWorkshop.ts';
import { exportMarkdown } from './markdown.ts';
import { validateWorkshopExport } from './validate.ts';

function withReactions(anonymous: boolean) {
  const sample = sampleWorkshop();
  const note = readAllNotes(sample.plenary).find((entry) => !entry.deleted)?.id as NoteId;
  const person = 'annaannaanna' as PersonId;
  const people = anonymous ? {} : { people: [person] };
  publishReactions(
    sample.plenary,
    new Map([[note, { agree: { count: 1, ...people }, idea: { count: 2 } }]]),
    anonymous,
  );
  return { data: exportWorkshop(sample.workshop, sample), note, person };
}

describe('reactions in exports', () => {
  it('the JSON carries the counts, and who reacted unless anonymous; it validates for import', () => {
    const named = withReactions(false);
    expect(named.data.boards.plenary.reactions).toEqual([
      { note: named.note, kind: 'agree', count: 1, people: [named.person] },
      { note: named.note, kind: 'idea', count: 2 },
    ]);
    expect(validateWorkshopExport(JSON.parse(JSON.stringify(named.data))).ok).toBe(true);
    const anonymous = withReactions(true);
    expect(JSON.stringify(anonymous.data)).not.toContain(anonymous.person);
    expect(anonymous.data.boards.plenary.reactions?.map((entry) => entry.count)).toEqual([1, 2]);
  });

  it('refuses reactions on notes the board does not have, and unknown kinds', () => {
    const { data } = withReactions(false);
    const broken = {
      ...data,
      boards: {
        ...data.boards,
        plenary: { ...data.boards.plenary, reactions: [{ note: 'nosuchnote12', kind: 'shrug', count: 1 }] },
      },
    };
    const result = validateWorkshopExport(JSON.parse(JSON.stringify(broken)));
    expect(result.ok).toBe(false);
  });

  it('the CSV gives the counts in the last column', () => {
    const csv = exportCsv(withReactions(false).data);
    expect(csv).toContain(',"Samaa mieltä 1, Idea 2"\r\n');
    expect(csv.split('\r\n')[0]?.endsWith(',kommentit,reaktiot')).toBe(true);
  });

  it('the Markdown lists the counts under the note', () => {
    const markdown = exportMarkdown(withReactions(false).data);
    expect(markdown).toContain('  - *Reaktiot:* Samaa mieltä 1, Idea 2');
  });
});
