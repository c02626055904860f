/**
 * What a screen reader hears of others' changes to the board (announce/): one change spelled
 * out with the cell's name, several counted, a vote opening and closing always.
 */
export const othersFi = {
  'others.someone': 'Joku',
  'others.added': '{person} lisäsi lapun soluun {cell}.',
  'others.edited': '{person} muokkasi lappua solussa {cell}.',
  'others.moved': '{person} siirsi lapun soluun {cell}.',
  'others.deleted': '{person} poisti lapun solusta {cell}.',
  'others.restored': '{person} palautti lapun soluun {cell}.',
  'others.summary': 'Muiden muutokset: {changes}.',
  'others.summaryAway': 'Sillä aikaa kun yhteys oli poikki, muut muuttivat taulukkoa: {changes}.',
  'others.count.added.one': '{count} lappu lisätty',
  'others.count.added.other': '{count} lappua lisätty',
  'others.count.edited.one': '{count} lappu muokattu',
  'others.count.edited.other': '{count} lappua muokattu',
  'others.count.moved.one': '{count} lappu siirretty',
  'others.count.moved.other': '{count} lappua siirretty',
  'others.count.deleted.one': '{count} lappu poistettu',
  'others.count.deleted.other': '{count} lappua poistettu',
  'others.count.restored.one': '{count} lappu palautettu',
  'others.count.restored.other': '{count} lappua palautettu',
  'others.voteOpened': 'Äänestys alkoi: {dotWords} kullekin.',
  'others.voteClosed': 'Äänestys päättyi. Tulokset näkyvät taulukon yläpuolella.',
};

export type OthersMessages = Readonly<Record<keyof typeof othersFi, string>>;
