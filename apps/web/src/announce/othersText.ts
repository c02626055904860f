import type { Language } from '@avaa/board-model';
import { cellName } from '../board/names.ts';
import { type MessageKey, translate } from '../i18n/dictionaries.ts';
import { plural } from '../i18n/plural.ts';
import type { Announcement, ChangeCounts } from './othersAnnouncer.ts';

const KINDS = ['added', 'edited', 'moved', 'deleted', 'restored'] as const;

/**
 * The words of an announcement in the UI language: "Aino lisäsi lapun soluun Alkuvaihe –
 * Toimenpiteet ja palvelut.", "Muiden muutokset: 3 lappua lisätty, 1 lappu siirretty."
 */
export function announcementText(announcement: Announcement, language: Language): string {
  switch (announcement.kind) {
    case 'one': {
      const { change } = announcement;
      const person = change.person ?? translate(language, 'others.someone');
      return translate(language, `others.${change.kind}` as MessageKey, {
        person,
        cell: cellName(change.cell, language),
      });
    }
    case 'summary':
      return translate(language, announcement.away ? 'others.summaryAway' : 'others.summary', {
        changes: countsText(announcement.counts, language),
      });
    case 'vote':
      return announcement.change.kind === 'voteOpened'
        ? translate(language, 'others.voteOpened', {
            dotWords: plural(language, 'vote.dots', announcement.change.dotsPerPerson),
          })
        : translate(language, 'others.voteClosed');
  }
}

function countsText(counts: ChangeCounts, language: Language): string {
  return KINDS.filter((kind) => counts[kind] > 0)
    .map((kind) => plural(language, `others.count.${kind}`, counts[kind]))
    .join(', ');
}
