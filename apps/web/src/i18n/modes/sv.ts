import type { ModesMessages } from './fi.ts';

export const modesSv: ModesMessages = {
  'modes.label': 'Tavlans läge',
  'modes.option.open': 'Öppen',
  'modes.option.own-notes': 'Bara egna lappar',
  'modes.option.locked': 'Låst',
  'modes.hint':
    'Öppen: alla redigerar. Bara egna lappar: deltagarna lägger till lappar och redigerar bara sina egna. Låst: bara facilitatorn redigerar.',
  'modes.tag.own-notes': 'Bara egna lappar: du redigerar bara dina egna lappar',
  'modes.tag.locked': 'Låst: bara facilitatorn redigerar',
  'modes.projector.own-notes': 'Bara egna lappar',
  'modes.projector.locked': 'Låst',
  'cofacilitator.badge': 'Medfacilitator',
  'cofacilitator.grant': 'Gör till medfacilitator',
  'cofacilitator.revoke': 'Ta bort facilitatorsrättigheterna',
  'cofacilitator.grantHint': 'En medfacilitator har samma rättigheter som du tills du tar bort dem.',
  'cofacilitator.failed': 'Ändringen sparades inte. Kontrollera anslutningen och försök igen.',
  'cofacilitator.you': 'Du är medfacilitator: du har facilitatorns rättigheter.',
  'secondLink.heading': 'En andra facilitatorslänk',
  'secondLink.explain':
    'Om din enhet slocknar fortsätter dagen på en annan enhet. Vem som helst som har den här länken får alla facilitatorns rättigheter i 24 timmar, och länken kan inte återkallas innan dess.',
  'secondLink.create': 'Skapa en andra länk',
  'secondLink.expires': 'Giltig till {time}.',
  'secondLink.failed': 'Länken kunde inte skapas. Kontrollera anslutningen och försök igen.',
};
