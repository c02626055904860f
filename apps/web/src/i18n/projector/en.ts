import type { projectorFi } from './fi.ts';

export const projectorEn: Record<keyof typeof projectorFi, string> = {
  'projector.more': '+{count} more',
  'projector.join.heading': 'Join in',
  'projector.join.scan': "Scan the code with your phone's camera",
  'projector.join.orGo': 'or go to',
  'projector.join.andType': 'and type the code',
  'projector.join.qrAlt': 'QR code: the participant link to this workshop',
  'projector.join.closed': 'Joining is closed.',
  'projector.join.loading': 'Getting the joining instructions…',
  'projector.join.unavailable':
    'The joining instructions could not be loaded. The facilitator can share the participant link.',
  'projector.overview.heading': "The groups' progress",
  'projector.overview.noGroups': 'No groups have been formed yet.',
  'projector.overview.newest': 'Newest notes',
  'projector.overview.nothingYet': 'No notes yet.',
  'projector.agreements.empty': 'Nothing written down yet.',
  'projector.results.none': 'Nobody placed a dot.',
  'projector.results.gone': '(note removed)',
  'projector.control.label': 'Projector',
  'projector.control.showJoining': 'Show joining on the projector',
  'projector.control.showTable': 'Show the table on the projector',
  'projector.control.joiningShort': 'Joining',
  'projector.control.tableShort': 'Table',
};
