import { type Check, finiteNumber, object, string } from './check.ts';

/**
 * 200 to POST /api/workshops/<id>/facilitator-link (the facilitator's own link only): a second
 * facilitator link, for another device to carry the day on if the facilitator's dies. Whoever
 * holds it has every right of the facilitator until it expires (`expiresAt`, ms since the epoch).
 */
export type SecondFacilitatorLink = {
  readonly token: string;
  readonly expiresAt: number;
  readonly links: { readonly facilitator: string };
};

export const checkSecondFacilitatorLink: Check<SecondFacilitatorLink> = object({
  token: string,
  expiresAt: finiteNumber,
  links: object({ facilitator: string }),
});
