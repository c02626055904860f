import type { GroupCopyMessages } from './fi.ts';

export const groupCopyEn: GroupCopyMessages = {
  'groupCopy.choice': 'Groups start from a copy of the common table',
  'groupCopy.help':
    "The common table's notes are copied onto each group's table. Merging brings back only what the group changed or added.",
  'groupCopy.copying': 'Copying the common table to the groups…',
  'groupCopy.copied': 'Groups formed. They start from a copy of the common table.',
  'groupCopy.failed':
    'The groups were formed, but the common table could not be copied yet (the connection to the server). Nothing is copied twice, so you can try again.',
  'groupCopy.removed': '{group} removed its copy of the note “{text}”; the note is still on the common table.',
  'groupCopy.retry': 'Copy again',
};
