import type { pathViewFi } from './fi.ts';

export const pathViewSv: Record<keyof typeof pathViewFi, string> = {
  'pathView.open': 'Visa alla stigar sida vid sida',
  'pathView.heading': 'Servicestigar',
  'pathView.headingOf': 'Servicestigar: {board}',
  'pathView.toTable': 'Visa tabellen',
  'pathView.intro':
    'Varje rad är en kundtyps stig genom skedena. Stigarna läggs till och redigeras i tabellens panel Servicestigar.',
  'pathView.caption': 'Servicestigar skede för skede',
  'pathView.pathColumn': 'Stig',
  'pathView.fromGroup': 'från grupp {group}',
  'pathView.showOnBoard': 'Visa stigen ”{name}” i tabellen',
  'pathView.missing': 'Saknad tjänst',
  'pathView.noteDeleted': 'lappen borttagen',
  'pathView.risk': 'risk',
  'pathView.skipped': 'hoppas över',
  'pathView.endsEarly': 'stigen slutar',
  'pathView.endedBefore': 'Stigen slutar före skedena: {phases}',
  'pathView.summary': 'Sammanfattning',
  'pathView.summary.withoutService': 'Utan tjänst: {count}',
  'pathView.summary.skipped': 'Hoppas över: {count}',
  'pathView.summary.risks': 'Risker: {count}',
  'pathView.shared.heading': 'Tjänster som många stigar vilar på',
  'pathView.shared.none': 'Ingen tjänst används ännu av flera stigar.',
  'pathView.shared.paths.one': '{count} stig: {names}',
  'pathView.shared.paths.other': '{count} stigar: {names}',
  'pathView.empty.heading': 'Inga servicestigar ännu',
  'pathView.empty.text':
    'En servicestig visar vad en kundtyp – till exempel en engångsbesökare eller en ung som söker studieplats – går igenom skede för skede: vilka tjänster hen får, var hen skickas från lucka till lucka och i vilket skede tjänsten saknas.',
  'pathView.empty.how':
    'Lägg till en stig i tabellens panel Servicestigar: ge kundtypen ett namn och välj tabellens lappar i ordning. Saknar tabellen en tjänst, lägg till ett fritt steg.',
  'pathView.projector.showPaths': 'Visa servicestigarna på projektorn',
  'pathView.projector.pathsShort': 'Servicestigarna',
  'pathView.projector.picker': 'På projektorn',
  'pathView.projector.allPaths': 'Alla stigar',
  'pathView.projector.gone': 'Den valda stigen finns inte längre, så alla stigar visas.',
};
