import type { CountMessages } from './fi.ts';

export const countsEn: CountMessages = {
  'count.notes.one': '{count} note',
  'count.notes.other': '{count} notes',
  'count.agreements.one': '{count} agreement item',
  'count.agreements.other': '{count} agreement items',
  'groups.singleBoard.one':
    'There is {count} person. The method recommends that fewer than 10 people fill in one common table together. You can still split into groups.',
  'groups.singleBoard.other':
    'There are {count} people. The method recommends that fewer than 10 people fill in one common table together. You can still split into groups.',
  'groups.auto.previewHeading.one': 'Proposal: {count} group',
  'groups.auto.previewHeading.other': 'Proposal: {count} groups',
  'merge.help.one':
    'Brings the notes of {count} group onto the common table. Notes merged before follow the group’s changes; no note comes twice.',
  'merge.help.other':
    'Brings the notes of {count} groups onto the common table. Notes merged before follow the groups’ changes; no note comes twice.',
  'merge.done.one': 'The notes of {count} group are merged',
  'merge.done.other': 'The notes of {count} groups are merged',
  'merge.preview.added.one': '{count} new',
  'merge.preview.added.other': '{count} new',
  // {dots} is itself counted ('vote.dots'); the participle agrees with it.
  'vote.projectorOpen.one': 'Vote open · {dots} placed',
  'vote.projectorOpen.other': 'Vote open · {dots} placed',
  'projector.moreLabel.one': '{count} note does not fit. Show the cell to everyone to see it.',
  'projector.moreLabel.other': '{count} notes do not fit. Show the cell to everyone to see them all.',
};
