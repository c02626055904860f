import type { DeletedMessages } from './fi.ts';

export const deletedSv: DeletedMessages = {
  'deleted.heading': 'Nyligen borttagna ({count})',
  'deleted.empty': 'Inga lappar har tagits bort från den här tabellen.',
  'deleted.kept':
    'Texten på en borttagen lapp sparas i {days} dagar så att den kan återställas. Därefter raderar servern texten när ingen har tabellen öppen.',
  'deleted.when': 'Borttagen {time}',
  'deleted.whenUnknown': 'Tidpunkten är okänd',
  'deleted.restore': 'Återställ',
  'deleted.restoreNamed': 'Återställ lappen: {text}',
  'deleted.restoreAll': 'Återställ alla',
  'deleted.eraseNow': 'Radera nu',
  'deleted.eraseWhy': 'Till exempel om någon har skrivit personuppgifter på en lapp.',
  'deleted.eraseConfirm': 'Ska texten på de borttagna lapparna raderas permanent? De kan inte längre återställas.',
  'deleted.eraseConfirmYes': 'Radera permanent',
  'deleted.cancel': 'Avbryt',
  'deleted.notYours':
    'På den gemensamma tabellen kan du ta bort bara lappar som du själv har skrivit. Facilitatorn kan ta bort också andra.',
  'deleted.setting': 'Deltagarna får ta bort varandras lappar på den gemensamma tabellen',
  'deleted.settingHint':
    'Som standard tar en deltagare bort bara sina egna lappar på den gemensamma tabellen: den är allas gemensamma arbete. På gruppens tabell tar medlemmarna bort också varandras lappar.',
};
