import type { pathViewFi } from './fi.ts';

export const pathViewEn: Record<keyof typeof pathViewFi, string> = {
  'pathView.open': 'See all paths side by side',
  'pathView.heading': 'Service paths',
  'pathView.headingOf': 'Service paths: {board}',
  'pathView.toTable': 'Show the table',
  'pathView.intro':
    'Each row is one kind of client’s path through the phases. Paths are added and edited in the table’s Service paths panel.',
  'pathView.caption': 'Service paths phase by phase',
  'pathView.pathColumn': 'Path',
  'pathView.fromGroup': 'from group {group}',
  'pathView.showOnBoard': 'Show the path “{name}” on the table',
  'pathView.missing': 'Missing service',
  'pathView.noteDeleted': 'note deleted',
  'pathView.risk': 'risk',
  'pathView.skipped': 'skipped',
  'pathView.endsEarly': 'the path ends',
  'pathView.endedBefore': 'The path ends before: {phases}',
  'pathView.summary': 'Summary',
  'pathView.summary.withoutService': 'No service: {count}',
  'pathView.summary.skipped': 'Skipped: {count}',
  'pathView.summary.risks': 'Risks: {count}',
  'pathView.shared.heading': 'Services many paths depend on',
  'pathView.shared.none': 'No service is used by several paths yet.',
  'pathView.shared.paths.one': '{count} path: {names}',
  'pathView.shared.paths.other': '{count} paths: {names}',
  'pathView.empty.heading': 'No service paths yet',
  'pathView.empty.text':
    'A service path shows what one kind of client – a one-time visitor, say, or a young person looking for a place to study – goes through phase by phase: which services they get, where they are sent from counter to counter and which phase has no service for them.',
  'pathView.empty.how':
    'Add a path in the table’s Service paths panel: name the kind of client and pick the table’s notes in order. Where the table has no service, add a free step.',
  'pathView.projector.showPaths': 'Show the service paths on the projector',
  'pathView.projector.pathsShort': 'Service paths',
  'pathView.projector.picker': 'On the projector',
  'pathView.projector.allPaths': 'All paths',
  'pathView.projector.gone': 'The chosen path no longer exists, so all paths are shown.',
};
