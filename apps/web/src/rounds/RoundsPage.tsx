/** `/w/<id>/rounds`: closed rounds, closing a new one, and the comparison with a chosen round. */
export function RoundsPage() {
  return null;
}
