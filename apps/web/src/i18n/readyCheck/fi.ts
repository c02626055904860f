/** The ready check: the facilitator asks "are you done?", people or groups answer (Finnish, the source). */
export const readyCheckFi = {
  'readyCheck.start': 'Valmiita?',
  'readyCheck.label': 'Valmiuskysely',
  'readyCheck.askPeople': 'Kysy jokaiselta: oletko valmis?',
  'readyCheck.askGroups': 'Kysy ryhmiltä: onko ryhmä valmis?',
  'readyCheck.askAgain': 'Kysy uudelleen',
  'readyCheck.end': 'Lopeta kysely',
  'readyCheck.count': 'Valmiina {ready}/{total}',
  'readyCheck.countLong': '{ready}/{total} valmiina',
  'readyCheck.allReady': 'Kaikki valmiina',
  'readyCheck.notReady': 'Ei vielä valmiina',
  'readyCheck.moreTimeState': 'tarvitsee lisää aikaa',
  'readyCheck.noAnswer': 'ei vastannut',
  'readyCheck.questionPeople': 'Fasilitaattori kysyy: oletko valmis?',
  'readyCheck.questionGroups': 'Fasilitaattori kysyy: onko ryhmänne valmis? Kuka tahansa ryhmästä voi vastata.',
  'readyCheck.notAsked': 'Fasilitaattori kysyy ryhmiltä, ovatko ne valmiita. Et ole missään ryhmässä.',
  'readyCheck.ready': 'Valmis',
  'readyCheck.moreTime': 'Tarvitsen lisää aikaa',
  'readyCheck.moreTimeGroup': 'Tarvitsemme lisää aikaa',
  'readyCheck.answeredReady': 'Vastaus tallennettu: valmis. Voit muuttaa vastausta.',
  'readyCheck.answeredMoreTime': 'Vastaus tallennettu: lisää aikaa. Voit muuttaa vastausta.',
  'readyCheck.opened': 'Fasilitaattori aloitti valmiuskyselyn.',
  'readyCheck.closed': 'Valmiuskysely päättyi.',
  'readyCheck.offline': 'Vastaus ei mennyt perille: ei yhteyttä palvelimeen. Yritä uudelleen.',
  'readyCheck.refused': 'Vastausta ei voitu tallentaa.',
};

export type ReadyCheckMessages = Readonly<Record<keyof typeof readyCheckFi, string>>;
