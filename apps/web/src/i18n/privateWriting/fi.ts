/** Private writing, then reveal (issue 18): the facilitator's switch and reveal, the marks and counts (Finnish, the source). */
export const privateWritingFi = {
  'private.tools': 'Yksin kirjoittaminen',
  'private.switchPlenary': 'Kirjoitetaan ensin yksin',
  'private.switchGroups': 'Ryhmissä kirjoitetaan ensin yksin',
  'private.switchHint':
    'Uudet laput näkyvät vain kirjoittajalleen, kunnes paljastat ne. Muut ja videotykki näkevät vain lukumäärät.',
  'private.anonymous': 'Paljasta nimettöminä',
  'private.reveal': 'Paljasta kaikki',
  'private.revealing': 'Paljastetaan…',
  'private.revealed.one': 'Paljastettu: {count} uusi lappu taululla.',
  'private.revealed.other': 'Paljastettu: {count} uutta lappua taululla.',
  'private.revealFailed': 'Paljastus ei onnistunut. Yritä uudelleen.',
  'private.onFor': 'Kirjoitetaan yksin: uudet lappusi näkyvät vain sinulle, kunnes fasilitaattori paljastaa ne.',
  'private.onForAnonymous':
    'Kirjoitetaan yksin: uudet lappusi näkyvät vain sinulle, kunnes fasilitaattori paljastaa ne nimettöminä.',
  'private.onForViewer': 'Kirjoitetaan yksin. Laput paljastetaan kaikille yhtä aikaa.',
  'private.counts': 'Kirjoitettu',
  'private.count': '{name}: {count}',
  'private.noCounts': 'Kukaan ei ole vielä kirjoittanut.',
  'private.mark': 'Vain sinä näet',
  'private.someone': 'Nimetön',
};

export type PrivateWritingMessages = Readonly<Record<keyof typeof privateWritingFi, string>>;
