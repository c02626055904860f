import type { BoardMessages } from './fi.ts';

export const boardEn: BoardMessages = {
  'stackBy.action': 'Stack with another note…',
  'stackBy.legend': 'Which note to stack it with? The chosen note stays on top.',
  'stackBy.submit': 'Stack',
  'stackBy.cancel': 'Cancel',
  'stackBy.none': 'There are no other notes in this cell.',
  'stackBy.done': 'The notes were stacked: the stack holds {count} notes.',
  'stackBy.here': 'Stack here',
  'dnd.overStack': 'Drop now to stack “{note}” with “{target}”.',
  'dnd.stacked': '“{note}” was stacked with “{target}”.',
};
