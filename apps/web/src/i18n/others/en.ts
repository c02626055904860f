import type { OthersMessages } from './fi.ts';

export const othersEn: OthersMessages = {
  'others.someone': 'Someone',
  'others.added': '{person} added a note to {cell}.',
  'others.edited': '{person} edited a note in {cell}.',
  'others.moved': '{person} moved a note to {cell}.',
  'others.deleted': '{person} deleted a note from {cell}.',
  'others.restored': '{person} restored a note to {cell}.',
  'others.summary': 'Changes by others: {changes}.',
  'others.summaryAway': 'While you were offline, others changed the table: {changes}.',
  'others.count.added.one': '{count} note added',
  'others.count.added.other': '{count} notes added',
  'others.count.edited.one': '{count} note edited',
  'others.count.edited.other': '{count} notes edited',
  'others.count.moved.one': '{count} note moved',
  'others.count.moved.other': '{count} notes moved',
  'others.count.deleted.one': '{count} note deleted',
  'others.count.deleted.other': '{count} notes deleted',
  'others.count.restored.one': '{count} note restored',
  'others.count.restored.other': '{count} notes restored',
  'others.voteOpened': 'A vote has opened: {dotWords} each.',
  'others.voteClosed': 'The vote has closed. The results are above the table.',
};
