import type { projectorFi } from './fi.ts';

export const projectorSv: Record<keyof typeof projectorFi, string> = {
  'projector.more': '+{count} till',
  'projector.join.heading': 'Gå med',
  'projector.join.scan': 'Skanna koden med telefonens kamera',
  'projector.join.orGo': 'eller gå till',
  'projector.join.andType': 'och skriv koden',
  'projector.join.qrAlt': 'QR-kod: deltagarlänken till den här workshopen',
  'projector.join.closed': 'Det går inte längre att gå med.',
  'projector.join.loading': 'Hämtar instruktioner…',
  'projector.join.unavailable': 'Instruktionerna kunde inte hämtas. Facilitatorn kan dela deltagarlänken.',
  'projector.overview.heading': 'Gruppernas framsteg',
  'projector.overview.noGroups': 'Inga grupper har bildats ännu.',
  'projector.overview.newest': 'Nyaste lapparna',
  'projector.overview.nothingYet': 'Inga lappar ännu.',
  'projector.agreements.empty': 'Inget antecknat ännu.',
  'projector.results.none': 'Ingen gav prickar.',
  'projector.results.gone': '(lappen borttagen)',
  'projector.control.label': 'Projektor',
  'projector.control.showJoining': 'Visa hur man går med på projektorn',
  'projector.control.showTable': 'Visa tabellen på projektorn',
};
