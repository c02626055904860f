import type { PrivateWritingMessages } from './fi.ts';

export const privateWritingEn: PrivateWritingMessages = {
  'private.tools': 'Writing alone',
  'private.switchPlenary': 'Write alone first',
  'private.switchGroups': 'In the groups, write alone first',
  'private.switchHint':
    'New notes are seen only by their writer until you reveal them. Others and the projector see counts only.',
  'private.anonymous': 'Reveal anonymously',
  'private.reveal': 'Reveal all',
  'private.revealing': 'Revealing…',
  'private.revealed.one': 'Revealed: {count} new note on the table.',
  'private.revealed.other': 'Revealed: {count} new notes on the table.',
  'private.revealFailed': 'The reveal did not succeed. Try again.',
  'private.onFor': 'Writing alone: your new notes are seen only by you until the facilitator reveals them.',
  'private.onForAnonymous':
    'Writing alone: your new notes are seen only by you until the facilitator reveals them without names.',
  'private.onForViewer': 'Everyone writes alone. The notes are revealed to all at once.',
  'private.counts': 'Written',
  'private.count': '{name}: {count}',
  'private.noCounts': 'Nobody has written yet.',
  'private.mark': 'Only you see this',
  'private.someone': 'Anonymous',
};
