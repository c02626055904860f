import type { ModesMessages } from './fi.ts';

export const modesEn: ModesMessages = {
  'modes.label': 'Board mode',
  'modes.option.open': 'Open',
  'modes.option.own-notes': 'Own notes only',
  'modes.option.locked': 'Locked',
  'modes.hint':
    'Open: everyone edits. Own notes only: participants add notes and edit only their own. Locked: only the facilitator edits.',
  'modes.tag.own-notes': 'Own notes only: you edit only your own notes',
  'modes.tag.locked': 'Locked: only the facilitator edits',
  'modes.projector.own-notes': 'Own notes only',
  'modes.projector.locked': 'Locked',
  'cofacilitator.badge': 'Co-facilitator',
  'cofacilitator.grant': 'Make co-facilitator',
  'cofacilitator.revoke': 'Remove facilitator rights',
  'cofacilitator.grantHint': 'A co-facilitator has the same rights as you until you remove them.',
  'cofacilitator.failed': 'The change was not saved. Check the connection and try again.',
  'cofacilitator.you': 'You are a co-facilitator: you have the facilitator’s rights.',
  'secondLink.heading': 'A second facilitator link',
  'secondLink.explain':
    'If your device dies, the day goes on on another one. Whoever holds this link has every right of the facilitator for 24 hours, and it cannot be withdrawn before then.',
  'secondLink.create': 'Create a second link',
  'secondLink.expires': 'Valid until {time}.',
  'secondLink.failed': 'The link could not be created. Check the connection and try again.',
};
