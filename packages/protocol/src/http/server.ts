import { type Check, finiteNumber, nullable, object, string } from './check.ts';

/** 200 to GET /api/time (no token): the server's clock, ms since the epoch. */
export type ServerTime = { readonly now: number };

/** 200 to GET /api/operator (no token): who runs this server; null for what is not configured. */
export type Operator = {
  readonly name: string | null;
  readonly accessibilityEmail: string | null;
  readonly accessibilityFeedbackUrl: string | null;
};

export const checkServerTime: Check<ServerTime> = object({ now: finiteNumber });

export const checkOperator: Check<Operator> = object({
  name: nullable(string),
  accessibilityEmail: nullable(string),
  accessibilityFeedbackUrl: nullable(string),
});
