/** Images on notes: the note menu's actions, the image's alt text, upload errors (Finnish, the source). */
export const noteImagesFi = {
  'noteImage.alt': 'Kuva lapussa',
  'noteImage.altWithText': 'Kuva lapussa: {text}',
  'noteImage.attach': 'Lisää kuva',
  'noteImage.replace': 'Vaihda kuva',
  'noteImage.remove': 'Poista kuva',
  'noteImage.uploading': 'Kuvaa tallennetaan…',
  'noteImage.attached': 'Kuva lisätty lappuun.',
  'noteImage.removed': 'Kuva poistettu lapusta.',
  'noteImage.failed': 'Kuvaa ei voitu tallentaa. Yritä uudelleen.',
  'noteImage.fromPhoto': 'Valokuvasta {date}',
  'error.not-an-image': 'Tiedosto ei ole JPEG- tai PNG-kuva.',
  'error.image-too-large': 'Kuva on liian suuri (enintään 20 Mt ja 50 megapikseliä).',
  'error.too-many-images': 'Taululla on jo niin monta kuvaa kuin siihen voi tallentaa.',
  'error.no-printout-found': 'Kuvasta ei löytynyt Avaan tulostetta. Ota kuva niin, että taulukon kulmamerkit näkyvät.',
  'error.printout-of-another-board':
    'Kuvan tuloste on tehty toiselle taululle. Avaa tulosteen taulu ja valokuvaa se siellä.',
  'error.photo-busy': 'Kuvia luetaan juuri muille. Yritä hetken päästä uudelleen.',
  'error.photo-timed-out': 'Kuvan lukeminen kesti liian kauan. Yritä uudelleen terävämmällä kuvalla.',
} as const;
