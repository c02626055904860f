import type { DeletedMessages } from './fi.ts';

export const deletedEn: DeletedMessages = {
  'deleted.heading': 'Recently deleted ({count})',
  'deleted.empty': 'No notes have been deleted from this table.',
  'deleted.kept':
    'A deleted note keeps its text for {days} days so it can be restored. After that the server erases the text when nobody has the table open.',
  'deleted.when': 'Deleted {time}',
  'deleted.whenUnknown': 'Time of deletion not known',
  'deleted.restore': 'Restore',
  'deleted.restoreNamed': 'Restore the note: {text}',
  'deleted.restoreAll': 'Restore all',
  'deleted.eraseNow': 'Erase now',
  'deleted.eraseWhy': 'For example if someone wrote personal data on a note.',
  'deleted.eraseConfirm': 'Erase the text of the deleted notes for good? They can no longer be restored.',
  'deleted.eraseConfirmYes': 'Erase for good',
  'deleted.cancel': 'Cancel',
  'deleted.notYours': 'On the common table you can delete only notes you wrote. The facilitator can delete others too.',
  'deleted.setting': 'Participants may delete each other’s notes on the common table',
  'deleted.settingHint':
    'By default a participant deletes only their own notes on the common table: it is everyone’s shared work. On a group’s table, members delete each other’s notes too.',
};
