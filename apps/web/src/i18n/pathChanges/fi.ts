/**
 * Service paths in rounds, on the feedback page, in the merge result, among deleted things and
 * linked to agreements (Finnish, the source). Counted words have a singular and a plural.
 */
export const pathChangesFi = {
  'pathChanges.heading': 'Palvelupolut',
  'pathChanges.notRecorded':
    'Kierros suljettiin ennen kuin kierrokset tallensivat palvelupolut, joten polkujen muutoksia ei voi verrata siihen.',
  'pathChanges.added.one': '{count} uusi polku',
  'pathChanges.added.other': '{count} uutta polkua',
  'pathChanges.removed.one': '{count} poistettu polku',
  'pathChanges.removed.other': '{count} poistettua polkua',
  'pathChanges.renamed.one': '{count} polku nimetty uudelleen',
  'pathChanges.renamed.other': '{count} polkua nimetty uudelleen',
  'pathChanges.stepsAdded.one': '{count} uusi askel',
  'pathChanges.stepsAdded.other': '{count} uutta askelta',
  'pathChanges.stepsRemoved.one': '{count} poistettu askel',
  'pathChanges.stepsRemoved.other': '{count} poistettua askelta',
  'pathChanges.stepsMoved.one': '{count} siirretty askel',
  'pathChanges.stepsMoved.other': '{count} siirrettyä askelta',
  'pathChanges.risksAdded.one': '{count} uusi riski',
  'pathChanges.risksAdded.other': '{count} uutta riskiä',
  'pathChanges.risksResolved.one': '{count} poistunut riski',
  'pathChanges.risksResolved.other': '{count} poistunutta riskiä',
  'pathChanges.filled.one': '{count} puuttuva palvelu löytyi',
  'pathChanges.filled.other': '{count} puuttuvaa palvelua löytyi',
  'pathChanges.stepIn': '{path}: {step}',
  'pathChanges.movedPlace': 'uuteen kohtaan',
  'pathChanges.feedbackHeading': 'Palvelupolut',
  'pathChanges.feedbackIntro':
    'Tyypillisten asiakkaiden reitit vaiheiden läpi: mitä palvelua kussakin askeleessa käytetään, missä palvelu puuttuu ja missä asiakas voi pudota pois.',
  'pathChanges.noPaths': 'Palvelupolkuja ei ole piirretty.',
  'pathChanges.noSteps': 'Polulla ei ole askelia.',
  'pathChanges.step': 'Askel {number}/{total}, {phase}',
  'pathChanges.risk': 'Riski: {risk}',
  'pathChanges.skipped': 'Ohitetut vaiheet: {phases}',
  'pathChanges.sinceRound': 'Polkujen muutokset kierroksen ”{name}” jälkeen',
  'pathChanges.merged.one': '{count} palvelupolku tuotiin',
  'pathChanges.merged.other': '{count} palvelupolkua tuotiin',
  'pathChanges.mergedSteps.one': '{count} uusi askel tuotuihin polkuihin',
  'pathChanges.mergedSteps.other': '{count} uutta askelta tuotuihin polkuihin',
  'pathChanges.deletedPaths': 'Poistetut palvelupolut',
  'pathChanges.restoreNamed': 'Palauta palvelupolku: {name}',
  'pathChanges.steps.one': '{count} askel',
  'pathChanges.steps.other': '{count} askelta',
  'pathChanges.eraseConfirm':
    'Pyyhitäänkö poistettujen lappujen ja palvelupolkujen tekstit pysyvästi? Niitä ei voi enää palauttaa.',
  'pathChanges.aboutPaths': 'Koskee palvelupolkuja:',
  'pathChanges.pathGone': 'Poistettu palvelupolku',
  'pathChanges.unlink': 'Irrota',
  'pathChanges.unlinkNamed': 'Irrota palvelupolku: {name}',
  'pathChanges.linkLabel': 'Liitä palvelupolku',
  'pathChanges.link': 'Liitä',
  'pathChanges.linkedPath': 'Palvelupolku ”{name}” liitetty.',
  'pathChanges.unlinked': 'Palvelupolku ”{name}” irrotettu.',
};

export type PathChangesMessages = Readonly<Record<keyof typeof pathChangesFi, string>>;
