import { movePerson, type PersonId } from '@avaa/board-model';
import type { Page } from 'playwright-core';
import { openRoom } from './seedWorkshop.ts';
import type { CreatedWorkshop } from './server.ts';

const tokenOf = (link: string) => new URL(link).hash.slice('#token='.length);

/** The facilitator puts people into groups by hand (as the people page's group menu does). */
export async function placeInGroups(
  workshop: CreatedWorkshop,
  placements: readonly { readonly person: string; readonly group: number }[],
): Promise<void> {
  const room = await openRoom(workshop, `${workshop.id}/workshop`, tokenOf(workshop.links.facilitator));
  for (const { person, group } of placements) {
    const moved = movePerson(room.doc, person as PersonId, group);
    if (!moved.ok) throw new Error(moved.error);
  }
  await room.close();
}

/** The person a browser joined as, from its stored membership. */
export async function personIdOf(page: Page, workshop: CreatedWorkshop): Promise<string> {
  const stored = await page.evaluate((id) => localStorage.getItem(`avaa:person:${id}`), workshop.id);
  return (JSON.parse(stored ?? '{}') as { person: { id: string } }).person.id;
}

/** The page's path, to see where a following screen went. */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** mm:ss (or h:mm:ss) as seconds. */
export function seconds(text: string): number {
  return text
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}
