import type { agreementPeopleFi } from './fi.ts';

export const agreementPeopleSv: Readonly<Record<keyof typeof agreementPeopleFi, string>> = {
  'owner.label': 'Vem',
  'owner.none': 'Ingen utsedd',
  'owner.people': 'Deltagarna i workshopen',
  'owner.other': 'Någon annan (skriv namnet)',
  'owner.otherName': 'Namn',
  'owner.removed': '{name} (har lämnat)',

  'proposal.intro':
    'Du kan också föreslå punkter under varje fråga. Facilitatorn godkänner, redigerar eller tar bort förslagen.',
  'proposal.badge': 'Förslag',
  'proposal.by': 'Föreslaget av: {name}',
  'proposal.byYou': 'Ditt förslag. Facilitatorn godkänner, redigerar eller tar bort det.',
  'proposal.unknownPerson': 'en deltagare',
  'proposal.heading': 'Förslag ({count})',
  'proposal.accept': 'Godkänn',
  'proposal.acceptNamed': 'Godkänn förslaget: {text}',
  'proposal.accepted': 'Förslaget godkändes: {section}',
  'proposal.label': 'Föreslå en punkt',
  'proposal.submit': 'Föreslå',
  'proposal.sending': 'Skickas…',
  'proposal.sent': 'Förslaget sparat: {section}. Facilitatorn behandlar det.',
  'proposal.reminder': 'Skriv inte klienters namn eller andra personuppgifter.',
  'proposal.error.network':
    'Förslaget kunde inte skickas: ingen förbindelse med servern. Texten finns kvar, försök igen.',
  'proposal.error.forbidden': 'Bara deltagare som har anslutit sig till workshopen kan föreslå punkter.',
  'proposal.error.other': 'Förslaget sparades inte. Försök igen.',

  'people.listed': 'Har inte anslutit sig ännu',

  'calendar.download': 'Ladda ner till kalendern (.ics)',
  'calendar.hint': 'Nästa möte och tidsfristerna för öppna punkter som kalenderfil.',
  'calendar.none': 'Inget att lägga i kalendern ännu: ge en punkt ett datum.',
  'calendar.fileName': 'overenskommelser',
};
