import type { GroupingProblemReason, ParticipantRole } from '@avaa/board-model';
import type { JoinFieldError } from '@avaa/protocol';

type Required = Record<
  | `grouping.problem.${GroupingProblemReason}`
  | `role.${ParticipantRole}`
  | `role.${ParticipantRole}.hint`
  | `join.error.${JoinFieldError}`,
  string
>;

/** Joining, the workshop's pages, people and groups (Finnish, the source of this part). */
export const workshopFi = {
  'join.heading': 'Liity työpajaan',
  'join.intro':
    'Kerro nimesi ja roolisi. Nimi näkyy työpajan muille osallistujille, ja fasilitaattori muodostaa ryhmät roolien perusteella.',
  'join.name': 'Nimesi',
  'join.nameHint': 'Etunimi riittää (enintään 60 merkkiä).',
  'join.role': 'Roolisi työpajassa',
  'join.submit': 'Liity',
  'join.submitting': 'Liitytään…',
  'join.closed.heading': 'Liittyminen on suljettu',
  'join.closed.text':
    'Fasilitaattori on sulkenut liittymisen tähän työpajaan. Pyydä häntä avaamaan liittyminen hetkeksi ja yritä sitten uudelleen.',
  'join.closed.retry': 'Yritä uudelleen',
  'join.error.empty-name': 'Kirjoita nimesi.',
  'join.error.name-too-long': 'Nimi on liian pitkä (enintään 60 merkkiä).',
  'join.error.control-character': 'Nimessä on merkki, jota ei voi tallentaa.',
  'join.error.unknown-role': 'Valitse roolisi.',
  'join.error.network': 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  'join.error.unauthorized': 'Linkki ei kelpaa liittymiseen. Pyydä fasilitaattorilta uusi linkki.',
  'join.error.notFound': 'Työpajaa ei löytynyt. Se on ehkä poistettu.',
  'join.error.server': 'Liittyminen epäonnistui (virhe {status}). Yritä uudelleen.',
  'join.error.tooManyPeople': 'Työpajassa on jo enimmäismäärä ihmisiä. Kerro fasilitaattorille.',
  'join.error.tooManyRequests': 'Liittymisiä tulee nyt liikaa. Yritä hetken päästä uudelleen.',

  'joinCode.heading': 'Liity koodilla',
  'joinCode.label': 'Työpajan koodi',
  'joinCode.hint': 'Kuusi merkkiä, jotka fasilitaattori näyttää.',
  'joinCode.submit': 'Jatka',
  'joinCode.shownLabel': 'Koodi etusivulle:',
  'joinCode.error.format': 'Koodissa on kuusi kirjainta tai numeroa. Tarkista koodi.',
  'joinCode.error.unknown': 'Koodilla ei löytynyt työpajaa. Tarkista koodi.',
  'joinCode.error.tooMany': 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
  'joinCode.error.network': 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  'joinCode.error.server': 'Koodin tarkistus epäonnistui. Yritä uudelleen.',

  'role.core-staff': 'Ohjaamon ydintyöntekijä',
  'role.core-staff.hint': 'Työskentelet Ohjaamossa kokoaikaisesti tai tunnet muuten koko Ohjaamon.',
  'role.other-staff': 'Muu Ohjaamon työntekijä',
  'role.other-staff.hint': 'Työskentelet Ohjaamossa osan viikosta tai yhdessä sen palveluista.',
  'role.network-partner': 'Verkostotoimija',
  'role.network-partner.hint': 'Edustat yhteistyöorganisaatiota.',
  'role.client-representative': 'Asiakkaiden edustaja (nuorten raati)',
  'role.client-representative.hint':
    'Tuot asiakkaan äänen: nuorten raati, nuorisokehittäjä tai muu asiakkaiden edustaja.',
  'role.supervisor': 'Esihenkilö tai johto',
  'role.supervisor.hint': 'Päätät resursseista tai työjärjestelyistä.',

  'removed.heading': 'Sinut on poistettu työpajasta',
  'removed.text': 'Fasilitaattori poisti sinut osallistujista. Jos se oli vahinko, voit liittyä uudelleen.',
  'removed.rejoin': 'Liity uudelleen',

  'nav.label': 'Työpajan sivut',
  'nav.plenary': 'Yhteinen taulukko',
  'nav.myGroup': 'Oma ryhmä',
  'nav.overview': 'Yleiskuva',
  'nav.people': 'Ihmiset ja ryhmät',

  'group.name': 'Ryhmä {number}',
  'group.readOnly': 'Ryhmän {number} taulu — vain luku',
  'group.readOnlyWhy': 'Muokata voivat ryhmän {number} jäsenet ja fasilitaattori.',
  'group.notLive': 'Ryhmää {number} ei tällä hetkellä ole.',

  'group.missing.heading': 'Ryhmää ei ole',
  'group.missing.text': 'Tällaista ryhmää ei ole muodostettu tähän työpajaan. Yleiskuvasta näet työpajan ryhmät.',

  'people.title': 'Ihmiset ja ryhmät',
  'people.facilitatorOnly.heading': 'Vain fasilitaattorille',
  'people.facilitatorOnly.text': 'Ihmisiä ja ryhmiä hallitsee työpajan fasilitaattori.',
  'people.joining.heading': 'Liittyminen',
  'people.joining.open': 'Uudet osallistujat voivat liittyä',
  'people.joining.closedHint': 'Liittyminen on suljettu: uudet eivät pääse mukaan, jo liittyneet jatkavat.',
  'people.joining.codeHint': 'Osallistujat voivat kirjoittaa koodin Avaan etusivulle ({origin}).',
  'people.joining.participantLink': 'Osallistujien linkki',
  'people.joining.showQr': 'Näytä QR-koodi',
  'people.joining.hideQr': 'Piilota QR-koodi',
  'people.joining.loading': 'Haetaan koodia ja linkkiä…',
  'people.joining.unavailable': 'Koodia ja linkkiä ei saatu haettua. Yritä myöhemmin uudelleen.',
  'people.joining.projectorLink': 'Videotykin linkki',
  'people.joining.rotate': 'Vaihda osallistujalinkki',
  'people.joining.rotateWarning':
    'Vanha linkki ja sen QR-koodi lakkaavat toimimasta heti. Jo liittyneet jatkavat, mutta vielä liittymättömät tarvitsevat uuden linkin. Liittymiskoodi toimii edelleen.',
  'people.joining.rotateConfirm': 'Vaihda linkki',
  'people.joining.rotated': 'Osallistujalinkki vaihdettiin. Vanha linkki ei enää toimi.',
  'people.joining.rotateFailed': 'Linkkiä ei saatu vaihdettua. Yritä uudelleen.',
  'people.delete.heading': 'Työpajan poistaminen',
  'people.delete.open': 'Poista työpaja',
  'people.delete.retention':
    'Työpaja poistuu itsestään, kun siinä ei ole tapahtunut mitään {days} päivään. Voit poistaa sen myös heti.',
  'people.delete.warning':
    'Työpaja, sen kaikki taulut, laput ja sopimukset poistetaan pysyvästi. Kaikkien yhteys katkeaa, eikä mikään linkki enää toimi. Poistoa ei voi perua. Tallenna ensin, mitä haluat säilyttää.',
  'people.delete.confirmLabel': 'Kirjoita vahvistukseksi työpajan nimi: {title}',
  'people.delete.confirm': 'Poista pysyvästi',
  'people.delete.deleting': 'Poistetaan…',
  'people.delete.failed': 'Työpajaa ei saatu poistettua. Yritä uudelleen.',
  'people.delete.doneHeading': 'Työpaja on poistettu',
  'people.delete.doneText':
    'Työpaja ja kaikki sen taulut on poistettu pysyvästi palvelimelta. Sen linkit eivät enää toimi.',
  'people.joinSelf.hint': 'Osallistutko itsekin ryhmätyöhön? Liity osallistujaksi, niin sinut voi sijoittaa ryhmään.',
  'people.joinSelf.open': 'Liity itsekin osallistujaksi',
  'people.joinSelf.closed': 'Avaa liittyminen ensin, jotta voit liittyä itsekin.',
  'people.list.heading': 'Osallistujat ({count})',
  'people.list.empty': 'Kukaan ei ole vielä liittynyt. Jaa linkki, QR-koodi tai koodi.',
  'people.present': 'paikalla',
  'people.away': 'ei yhteydessä',
  'people.you': 'sinä',
  'people.roleOf': 'Rooli: {name}',
  'people.groupOf': 'Ryhmä: {name}',
  'people.contactOf': 'Yhteyshenkilö: {name}',
  'people.role': 'Rooli',
  'people.group': 'Ryhmä',
  'people.contact': 'Yhteyshenkilö',
  'people.noGroup': 'Ei ryhmää',
  'people.newGroup': 'Uusi ryhmä ({number})',
  'people.noContact': 'Ei nimetty',
  'people.renameNamed': 'Nimeä uudelleen: {name}',
  'people.rename': 'Nimeä',
  'people.newName': 'Uusi nimi henkilölle {name}',
  'people.save': 'Tallenna',
  'people.cancel': 'Peruuta',
  'people.removeNamed': 'Poista: {name}',
  'people.remove': 'Poista',
  'people.removeConfirm': 'Poistetaanko {name} työpajasta? Hänen linkkinsä lakkaa toimimasta.',
  'people.removeYes': 'Poista {name}',
  'people.removed': '{name} poistettiin työpajasta.',

  'groups.heading': 'Ryhmät',
  'groups.auto.heading': 'Muodosta ryhmät automaattisesti',
  'groups.auto.size': 'Ryhmän koko',
  'groups.auto.sizeOption': 'noin {size} henkeä',
  'groups.auto.preview': 'Muodosta ehdotus',
  'groups.auto.again': 'Arvo uudelleen',
  'groups.auto.apply': 'Ota ryhmät käyttöön',
  'groups.auto.discard': 'Hylkää ehdotus',
  'groups.auto.replaces': 'Käyttöönotto korvaa nykyiset ryhmät. Ryhmien taulut säilyvät.',
  'groups.auto.applied': 'Ryhmät otettiin käyttöön.',
  'groups.auto.nobody': 'Ryhmiin jakamiseen tarvitaan osallistujia.',
  'groups.problems.heading': 'Huomioita ryhmistä',
  'groups.problems.none': 'Ryhmät noudattavat menetelmän suosituksia.',
  'groups.current.heading': 'Nykyiset ryhmät',
  'groups.current.none': 'Ryhmiä ei ole vielä muodostettu.',
  'groups.current.byHand': 'Siirrä henkilöitä ryhmästä toiseen osallistujalistan Ryhmä-valinnalla.',
  'groups.members.one': '{count} henki',
  'groups.members.other': '{count} henkeä',
  'groups.contactFor': 'yhteyshenkilö: {name}',
  'groups.unassigned': 'Ilman ryhmää: {names}',
  'groups.empty': 'Ei jäseniä',

  'grouping.someone': 'tuntematon henkilö',
  'grouping.problem.person-not-in-group': '{person} ei ole missään ryhmässä.',
  'grouping.problem.person-in-several-groups': '{person} on usean ryhmän jäsen: {groups}.',
  'grouping.problem.unknown-person': 'Ryhmässä {group} on henkilö, joka ei ole enää työpajassa.',
  'grouping.problem.group-too-small':
    'Ryhmän {group} koko on vain {size}; keskustelu sujuu paremmin, kun ryhmässä on vähintään {min} henkeä.',
  'grouping.problem.group-too-large':
    'Ryhmän {group} koko on {size}; ryhmässä on hyvä olla enintään {max} henkeä, jotta kaikki pääsevät ääneen.',
  'grouping.problem.too-few-core-staff': 'Vain {coreStaff} ydintyöntekijää {groups} ryhmälle: {detail}',
  'grouping.problem.no-core-staff': 'Ryhmässä {group} ei ole ketään, joka tuntee koko Ohjaamon.',
  'grouping.noCore.one': 'ryhmässä {list} ei ole ketään, joka tuntee koko Ohjaamon.',
  'grouping.noCore.other': 'ryhmissä {list} ei ole ketään, joka tuntee koko Ohjaamon.',
  'grouping.problem.client-representatives-uneven':
    'Ryhmässä {group} on {count} asiakkaiden edustajaa, kun jossain ryhmässä on vain {fewest}: edustajat kannattaa jakaa tasaisesti.',
  'grouping.problem.no-contact-person':
    'Asiakkaiden edustajalla {person} ei ole nimettyä yhteyshenkilöä ryhmässä {group}.',
  'grouping.problem.contact-not-staff':
    'Asiakkaiden edustajan {person} yhteyshenkilö {contact} ei ole Ohjaamon työntekijä.',
  'grouping.problem.contact-not-in-group':
    'Asiakkaiden edustajan {person} yhteyshenkilö {contact} ei ole samassa ryhmässä ({group}).',
  'groups.auto.fewer.too-few-people.one':
    'Ryhmiä tuli yksi eikä {asked}: {people} hengestä syntyy vain yksi ryhmä, jossa on {min}–{max} henkeä.',
  'groups.auto.fewer.too-few-people.other':
    'Ryhmiä tuli {most} eikä {asked}: {people} hengestä syntyy enintään {most} ryhmää, joissa on {min}–{max} henkeä.',
  'groups.auto.small.choose': 'Tee silti {count} ryhmää (pienimmässä {smallest} henkeä)',
  'groups.auto.small.warning':
    'Ryhmiä on {count}, kuten pyysit, mutta pienimmässä on vain {smallest} henkeä. Menetelmä suosittaa {min}–{max} hengen ryhmiä; voit silti ottaa nämä käyttöön.',
  'groups.auto.small.back': 'Vain {min}–{max} hengen ryhmiä',
  'groups.auto.fewer.too-few-core-staff':
    'Ryhmiä tuli {groups} eikä {asked}: ydintyöntekijöitä on vain {coreStaff}, ja jokaiseen ryhmään tarvitaan yksi. Siksi ryhmät ovat suurempia.',
} as const satisfies Required & Record<string, string>;

export type WorkshopMessages = Readonly<Record<keyof typeof workshopFi, string>>;
