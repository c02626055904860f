import type { GroupCopyMessages } from './fi.ts';

export const groupCopySv: GroupCopyMessages = {
  'groupCopy.choice': 'Grupperna börjar från en kopia av den gemensamma tabellen',
  'groupCopy.help':
    'Den gemensamma tabellens lappar kopieras till varje grupps tabell. Sammanslagningen för tillbaka bara det som gruppen ändrade eller lade till.',
  'groupCopy.copying': 'Den gemensamma tabellen kopieras till grupperna…',
  'groupCopy.copied': 'Grupperna har bildats. De börjar från en kopia av den gemensamma tabellen.',
  'groupCopy.failed':
    'Grupperna bildades, men den gemensamma tabellen kunde ännu inte kopieras (anslutningen till servern). Inget kopieras två gånger, så du kan försöka igen.',
  'groupCopy.removed': '{group} tog bort sin kopia av lappen ”{text}”; i den gemensamma tabellen finns lappen kvar.',
  'groupCopy.retry': 'Kopiera igen',
};
