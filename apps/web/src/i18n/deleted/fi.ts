/** Deleted notes: who may delete on the common table, the facilitator's restore and erasure (Finnish, the source). */
export const deletedFi = {
  'deleted.heading': 'Äskettäin poistetut ({count})',
  'deleted.empty': 'Tältä taululta ei ole poistettu lappuja.',
  'deleted.kept':
    'Poistetun lapun teksti säilyy {days} päivää, jotta sen voi palauttaa. Sen jälkeen palvelin pyyhkii tekstin, kun kukaan ei pidä taulua auki.',
  'deleted.when': 'Poistettu {time}',
  'deleted.whenUnknown': 'Poistoaika ei tiedossa',
  'deleted.restore': 'Palauta',
  'deleted.restoreNamed': 'Palauta lappu: {text}',
  'deleted.restoreAll': 'Palauta kaikki',
  'deleted.eraseNow': 'Pyyhi nyt',
  'deleted.eraseWhy': 'Esimerkiksi jos lapulle oli kirjoitettu henkilötietoja.',
  'deleted.eraseConfirm': 'Pyyhitäänkö poistettujen lappujen teksti pysyvästi? Niitä ei voi enää palauttaa.',
  'deleted.eraseConfirmYes': 'Pyyhi pysyvästi',
  'deleted.cancel': 'Peruuta',
  'deleted.notYours':
    'Yhteiseltä taululta voit poistaa vain itse kirjoittamiasi lappuja. Fasilitaattori voi poistaa muitakin.',
  'deleted.setting': 'Osallistujat saavat poistaa toistensa lappuja yhteiseltä taululta',
  'deleted.settingHint':
    'Oletuksena osallistuja poistaa yhteiseltä taululta vain omat lappunsa: taulu on kaikkien yhteistä työtä. Ryhmän taululla jäsenet poistavat toistensakin lappuja.',
};

export type DeletedMessages = Readonly<Record<keyof typeof deletedFi, string>>;
