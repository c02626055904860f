import type { AccessMessages } from './fi.ts';

export const accessEn: AccessMessages = {
  'access.list.heading': 'Workshops on this device',
  'access.list.kept':
    'This browser remembers the workshops, so you can come back without the link, on another day too. On a shared computer, forget the workshop when you are done.',
  'access.list.untitled': 'Untitled workshop',
  'access.list.opened': 'Last opened {date}',
  'access.list.open': 'Open',
  'access.list.openNamed': 'Open the workshop {title}',
  'access.role.facilitator': 'Facilitator',
  'access.role.participant': 'Participant',
  'access.role.participantNamed': 'Participant: {name}',
  'access.forget': 'Forget on this device',
  'access.forgetNamed': 'Forget on this device: {title}',
  'access.forget.facilitatorWarning':
    'Save the facilitator link first (in your e-mail, for example): without it you cannot get back into the workshop.',
  'access.forget.participantWarning': 'This device will no longer remember you: when you come back, you join again.',
  'access.forget.confirm': 'Forget the workshop',
  'access.forget.cancel': 'Cancel',
  'access.facilitatorLink.heading': 'Facilitator link',
  'access.facilitatorLink.secret':
    'This link is the key to the whole workshop: people, groups and deleting it. Keep it to yourself: do not share it with participants or show it on the projector.',
  'access.facilitatorLink.show': 'Show the facilitator link',
  'access.facilitatorLink.hide': 'Hide the link',
  'access.facilitatorLink.mail': 'E-mail it to myself',
  'access.facilitatorLink.mailSubject': 'Avaa: {title} – facilitator link',
  'access.facilitatorLink.mailBody':
    'The facilitator link to the workshop “{title}”. Do not share this link: it opens the whole workshop.',
  'access.facilitatorLink.device':
    'This browser remembers the link, so the workshop opens on this device in a new tab and on another day too. On a shared computer, forget the workshop when you are done.',
  'access.rotate.printed':
    'Printed QR codes (the blank template, for example) stop working too: print them again after the change.',
  'access.commonTable.locked': 'Group work is on: the common table is read only for now.',
  'access.commonTable.toGroup': 'Write your notes on your group’s table, so the merge takes them in.',
  'access.commonTable.goToGroup': 'To group {number}’s table',
  'access.commonTable.noGroup': 'You are not in a group yet. Ask the facilitator to add you to one.',
  'access.commonTable.setting': 'Participants may write on the common table during group work',
  'access.commonTable.settingHint':
    'During group work the common table is read only for participants by default, so no notes are written past the groups’ tables.',
};
