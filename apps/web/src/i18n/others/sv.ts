import type { OthersMessages } from './fi.ts';

export const othersSv: OthersMessages = {
  'others.someone': 'Någon',
  'others.added': '{person} lade till en lapp i {cell}.',
  'others.edited': '{person} redigerade en lapp i {cell}.',
  'others.moved': '{person} flyttade en lapp till {cell}.',
  'others.deleted': '{person} tog bort en lapp från {cell}.',
  'others.restored': '{person} återställde en lapp i {cell}.',
  'others.summary': 'Andras ändringar: {changes}.',
  'others.summaryAway': 'Medan anslutningen var bruten ändrade andra tabellen: {changes}.',
  'others.count.added.one': '{count} lapp tillagd',
  'others.count.added.other': '{count} lappar tillagda',
  'others.count.edited.one': '{count} lapp redigerad',
  'others.count.edited.other': '{count} lappar redigerade',
  'others.count.moved.one': '{count} lapp flyttad',
  'others.count.moved.other': '{count} lappar flyttade',
  'others.count.deleted.one': '{count} lapp borttagen',
  'others.count.deleted.other': '{count} lappar borttagna',
  'others.count.restored.one': '{count} lapp återställd',
  'others.count.restored.other': '{count} lappar återställda',
  'others.voteOpened': 'Omröstningen har börjat: {dotWords} per person.',
  'others.voteClosed': 'Omröstningen är avslutad. Resultatet syns ovanför tabellen.',
};
