import type { CountMessages } from './fi.ts';

export const countsSv: CountMessages = {
  'count.notes.one': '{count} lapp',
  'count.notes.other': '{count} lappar',
  'count.agreements.one': '{count} punkt',
  'count.agreements.other': '{count} punkter',
  'groups.singleBoard.one':
    'Ni är {count} person. Metoden rekommenderar att en grupp på under 10 personer fyller i en gemensam tabell tillsammans. Du kan ändå dela in i grupper.',
  'groups.singleBoard.other':
    'Ni är {count} personer. Metoden rekommenderar att en grupp på under 10 personer fyller i en gemensam tabell tillsammans. Du kan ändå dela in i grupper.',
  'groups.auto.previewHeading.one': 'Förslag: {count} grupp',
  'groups.auto.previewHeading.other': 'Förslag: {count} grupper',
  'merge.help.one':
    'För över lapparna från {count} grupp till den gemensamma tabellen. Redan överförda lappar uppdateras med gruppens ändringar; ingen lapp kommer två gånger.',
  'merge.help.other':
    'För över lapparna från {count} grupper till den gemensamma tabellen. Redan överförda lappar uppdateras med gruppernas ändringar; ingen lapp kommer två gånger.',
  'merge.done.one': 'Lapparna från {count} grupp har slagits samman',
  'merge.done.other': 'Lapparna från {count} grupper har slagits samman',
  'merge.preview.added.one': '{count} ny',
  'merge.preview.added.other': '{count} nya',
  // {dots} is itself counted ('vote.dots'); the participle agrees with it.
  'vote.projectorOpen.one': 'Omröstningen pågår · {dots} satt',
  'vote.projectorOpen.other': 'Omröstningen pågår · {dots} satta',
  'projector.moreLabel.one': '{count} lapp ryms inte. Visa cellen för alla så syns alla lappar.',
  'projector.moreLabel.other': '{count} lappar ryms inte. Visa cellen för alla så syns alla lappar.',
};
