import type { AccessMessages } from './fi.ts';

export const accessSv: AccessMessages = {
  'access.list.heading': 'Workshoppar på den här enheten',
  'access.list.kept':
    'Webbläsaren kommer ihåg workshopparna, så du kommer tillbaka utan länk även en annan dag. På en delad dator: glöm workshopen när du är klar.',
  'access.list.untitled': 'Workshop utan namn',
  'access.list.opened': 'Senast öppnad {date}',
  'access.list.open': 'Öppna',
  'access.list.openNamed': 'Öppna workshopen {title}',
  'access.role.facilitator': 'Facilitator',
  'access.role.participant': 'Deltagare',
  'access.role.participantNamed': 'Deltagare: {name}',
  'access.forget': 'Glöm på den här enheten',
  'access.forgetNamed': 'Glöm på den här enheten: {title}',
  'access.forget.facilitatorWarning':
    'Spara facilitatorns länk först (till exempel i din e-post): utan den kommer du inte tillbaka till workshopen.',
  'access.forget.participantWarning': 'Enheten kommer inte längre ihåg dig: när du kommer tillbaka går du med på nytt.',
  'access.forget.confirm': 'Glöm workshopen',
  'access.forget.cancel': 'Avbryt',
  'access.facilitatorLink.heading': 'Facilitatorns länk',
  'access.facilitatorLink.secret':
    'Länken är nyckeln till hela workshopen: personer, grupper och radering. Behåll den för dig själv: dela den inte med deltagarna och visa den inte på projektorn.',
  'access.facilitatorLink.show': 'Visa facilitatorns länk',
  'access.facilitatorLink.hide': 'Dölj länken',
  'access.facilitatorLink.mail': 'Skicka till mig själv per e-post',
  'access.facilitatorLink.mailSubject': 'Avaa: {title} – facilitatorns länk',
  'access.facilitatorLink.mailBody':
    'Facilitatorns länk till workshopen ”{title}”. Dela inte länken: den öppnar hela workshopen.',
  'access.facilitatorLink.device':
    'Webbläsaren kommer ihåg länken, så workshopen öppnas på den här enheten även i en ny flik och en annan dag. På en delad dator: glöm workshopen när du är klar.',
  'access.rotate.printed':
    'Också utskrivna QR-koder (till exempel den tomma mallen) slutar fungera: skriv ut dem på nytt efter bytet.',
  'access.commonTable.locked': 'Grupparbete pågår: den gemensamma tabellen är nu endast för läsning.',
  'access.commonTable.toGroup': 'Skriv dina lappar på din grupps tabell, så kommer de med i sammanslagningen.',
  'access.commonTable.goToGroup': 'Till grupp {number}:s tabell',
  'access.commonTable.noGroup': 'Du är inte i någon grupp ännu. Be facilitatorn lägga till dig i en grupp.',
  'access.commonTable.setting': 'Deltagarna kan skriva på den gemensamma tabellen under grupparbetet',
  'access.commonTable.settingHint':
    'Under grupparbetet är den gemensamma tabellen som standard endast för läsning för deltagarna, så att inga lappar hamnar utanför gruppernas tabeller.',
};
