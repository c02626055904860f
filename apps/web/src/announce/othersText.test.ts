import type { NoteId } from '@avaa/board-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/dictionaries.ts';
import type { ChangeCounts } from './othersAnnouncer.ts';
import { announcementText } from './othersText.ts';

const NOTE = 'n00000000001' as NoteId;
const counts = (some: Partial<ChangeCounts>): ChangeCounts => ({
  added: 0,
  edited: 0,
  moved: 0,
  deleted: 0,
  restored: 0,
  ...some,
});

describe('announcementText', () => {
  // Swedish and English load on demand in the app.
  beforeAll(() => Promise.all([loadLanguage('sv'), loadLanguage('en')]));

  it("names the person and the cell in the domain's words, or someone", () => {
    const change = { kind: 'deleted', note: NOTE, cell: 'ending:participation', person: 'Aino' } as const;
    expect(announcementText({ kind: 'one', change }, 'sv')).toBe(
      'Aino tog bort en lapp från Avslutningsskedet – Kundens delaktighet och aktörskap.',
    );
    expect(announcementText({ kind: 'one', change: { ...change, kind: 'moved', person: null } }, 'en')).toBe(
      'Someone moved a note to Ending – Client participation and agency.',
    );
  });

  it('counts each kind with its plural, in every language', () => {
    const summary = { kind: 'summary', counts: counts({ added: 3, moved: 1 }), away: false } as const;
    expect(announcementText(summary, 'fi')).toBe('Muiden muutokset: 3 lappua lisätty, 1 lappu siirretty.');
    expect(announcementText(summary, 'sv')).toBe('Andras ändringar: 3 lappar tillagda, 1 lapp flyttad.');
    expect(announcementText(summary, 'en')).toBe('Changes by others: 3 notes added, 1 note moved.');
    expect(announcementText({ ...summary, counts: counts({ deleted: 1 }), away: true }, 'sv')).toBe(
      'Medan anslutningen var bruten ändrade andra tabellen: 1 lapp borttagen.',
    );
  });

  it('says a vote opening with its dots, and its closing', () => {
    expect(announcementText({ kind: 'vote', change: { kind: 'voteOpened', dotsPerPerson: 1 } }, 'sv')).toBe(
      'Omröstningen har börjat: 1 prick per person.',
    );
    expect(announcementText({ kind: 'vote', change: { kind: 'voteClosed' } }, 'en')).toBe(
      'The vote has closed. The results are above the table.',
    );
  });
});
