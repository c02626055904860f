/** Groups that start from a copy of the common table (Finnish, the source). */
export const groupCopyFi = {
  'groupCopy.choice': 'Ryhmät aloittavat yhteisen taulukon kopiosta',
  'groupCopy.help':
    'Yhteisen taulukon laput kopioidaan jokaisen ryhmän taulukkoon. Yhdistäminen tuo takaisin vain sen, minkä ryhmä muutti tai lisäsi.',
  'groupCopy.copying': 'Kopioidaan yhteistä taulukkoa ryhmille…',
  'groupCopy.copied': 'Ryhmät muodostettu. Ne aloittavat yhteisen taulukon kopiosta.',
  'groupCopy.failed':
    'Ryhmät muodostettiin, mutta yhteisen taulukon kopiointi ei vielä onnistunut (yhteys palvelimeen). Mitään ei kopioidu kahdesti, joten voit yrittää uudelleen.',
  'groupCopy.removed': '{group} poisti kopionsa lapusta ”{text}”; yhteisessä taulukossa lappu on yhä.',
  'groupCopy.retry': 'Kopioi uudelleen',
};

export type GroupCopyMessages = Readonly<Record<keyof typeof groupCopyFi, string>>;
