/**
 * The accessibility statement (Act 306/2019 §15-16) and the footer that links to it (Finnish,
 * the source). The known gaps are one key each, so a fixed one is removed in one place
 * (statement/knownGaps.ts lists which are still open).
 */
export const statementFi = {
  'statement.link': 'Saavutettavuusseloste',
  'statement.title': 'Saavutettavuusseloste',
  'statement.intro':
    'Tämä seloste koskee Avaa asiakasprosessi -palvelua osoitteessa {address}. Palvelua ylläpitää {operator}. Vaatimukset perustuvat lakiin digitaalisten palvelujen tarjoamisesta (306/2019) ja WCAG 2.1 -ohjeiston tasoihin A ja AA.',
  'statement.operatorUnknown': 'organisaatio, joka on ottanut tämän palvelimen käyttöön',
  'statement.status.heading': 'Saavutettavuuden tila',
  'statement.status.text':
    'Palvelu täyttää saavutettavuusvaatimukset osittain. Alla luetellut puutteet ovat tiedossa ja niitä korjataan; yhtäkään niistä ei ole jätetty korjaamatta kohtuuttoman rasitteen perusteella.',
  'statement.conforms.heading': 'Mikä on saavutettavaa',
  'statement.conforms.keyboard': 'Työpajan kaikki vaiheet toimivat näppäimistöllä, eikä kohdistus jää jumiin.',
  'statement.conforms.contrast':
    'Tekstin kontrasti riittää kaikilla lappujen väreillä, eikä tieto ole pelkän värin varassa.',
  'statement.conforms.reflow': 'Sivut toimivat 320 pikselin levyisellä näytöllä ilman sivuttaisvieritystä.',
  'statement.conforms.zoom':
    'Tekstin voi suurentaa 200 prosenttiin: videotykkinäkymä vierii silloin ja näyttää kaikki laput ja otsikot kokonaan.',
  'statement.conforms.announce':
    'Ruudunlukija kertoo tiivistetysti muiden muutokset (lisätyt, muokatut, siirretyt ja poistetut laput) sekä äänestyksen avautumisen ja sulkeutumisen.',
  'statement.conforms.focus':
    'Kohdistus siirtyy jokaisen toiminnon jälkeen sinne, missä näppäimistön käyttäjä sitä odottaa (siirretty lappu, uuden sivun otsikko, painetun painikkeen tilalle tullut painike), ja sivun vaihtuminen kerrotaan ruudunlukijalle.',
  'statement.conforms.table':
    'Ruudunlukija tunnistaa taulukon taulukoksi (vaiheet sarakkeina, ulottuvuudet riveinä), soluista toiseen pääsee pikanäppäimellä, ja taulukon voi näyttää myös luettelona.',
  'statement.conforms.languages': 'Palvelu on käytettävissä suomeksi, ruotsiksi ja englanniksi.',
  'statement.conforms.exports': 'Taulukon sisällön saa myös tekstinä (Markdown ja CSV).',
  'statement.conforms.pdf':
    'PDF-tulosteet (taulukko, juliste, kortit, tyhjä pohja, sopimusmuistio) ovat rakenteisia asiakirjoja: niissä on kieli, otsikko, otsikkotasot ja looginen lukujärjestys (vaihe, ulottuvuus, laput järjestyksessä), ja koristeet on merkitty ohitettaviksi.',
  'statement.gaps.heading': 'Sisällöt, jotka eivät ole saavutettavia',
  'statement.gaps.label': 'Puutteet',
  'statement.gap.pdfUnchecked':
    'PDF-tulosteet ovat rakenteisia (kieli, otsikko, otsikkotasot, lukujärjestys), mutta niiden PDF/UA-yhdenmukaisuutta ei ole vielä tarkistettu tarkistustyökalulla. Sama sisältö on saavutettavana sivuilla ja Markdown-viennissä.',
  'statement.gap.macJump':
    'Solusta toiseen siirtyvä pikanäppäin Ctrl + nuolinäppäin ei toimi macOS:ssä, jossa järjestelmä käyttää sitä itse. Soluihin pääsee myös sarkaimella ja luettelonäkymän otsikoiden kautta.',
  'statement.gap.photoUntyped':
    'Paperitaulukon valokuvasta lisätyn lapun, jonka tekstiä ei ole kirjoitettu, sisältö on vain kuvana käsialasta: ruudunlukija kertoo vain, että lapussa on valokuva. Lisätessä tekstittömät laput kootaan kirjoitettaviksi yksi kerrallaan, ja tekstin voi kirjoittaa lappuun myöhemminkin.',
  'statement.feedback.heading': 'Palaute saavutettavuudesta',
  'statement.feedback.text':
    'Huomasitko puutteen, jota ei ole lueteltu? Voit myös pyytää sisältöä, joka ei ole saavutettavassa muodossa. Ylläpitäjän on vastattava kahden viikon kuluessa.',
  'statement.feedback.email': 'Sähköposti:',
  'statement.feedback.form': 'Palautelomake',
  'statement.feedback.none':
    'Tämän palvelimen ylläpitäjä ei ole ilmoittanut palauteosoitetta. Kerro palautteesi työpajan järjestäjälle, joka antoi sinulle linkin.',
  'statement.supervisor.heading': 'Valvontaviranomainen',
  'statement.supervisor.text':
    'Jos et ole tyytyväinen vastaukseen tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle.',
  'statement.supervisor.name': 'Liikenne- ja viestintävirasto Traficom, saavutettavuuden valvonta',
  'statement.supervisor.site': 'Verkkosivu:',
  'statement.supervisor.phone': 'Puhelin (vaihde): 029 534 5000',
  'statement.assessed.heading': 'Selosteen laatiminen',
  'statement.assessed.text':
    'Saavutettavuus on arvioitu viimeksi {date} itsearviointina: automaattinen axe-core-tarkistus sivuilla ja tiloissa suomeksi ja ruotsiksi, näppäimistökäyttö, 320 pikselin näyttö ja suurennus. Seloste on päivitetty samana päivänä.',
};

export type StatementMessages = Readonly<Record<keyof typeof statementFi, string>>;
