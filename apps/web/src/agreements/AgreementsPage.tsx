/** `/w/<id>/agreements`: the agreements register, a section per question of the method. */
export function AgreementsPage() {
  return null;
}
