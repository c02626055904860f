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
  'gapsPanel.open': 'Gaps and blind spots ({count})',
  'gapsPanel.cells': 'Possible blind spots',
  'gapsPanel.notYet':
    'Blind spots are shown once at least 10 cells have notes, or when the workshop moves on to the common table.',
  'gapsPanel.empty': 'empty',
  'gapsPanel.thin': 'few notes',
  'gapsPanel.noCells': 'No blind spots.',
  'gapsPanel.notes': 'Notes marked as gaps',
  'gapsPanel.noNotes': 'No note is marked as a gap.',
  'gapsPanel.show': 'Show the cell {cell}',
  'header.menu': 'Menu',
  'jump.label': 'Go to cell',
  'jump.choose': 'Go to cell…',
};
