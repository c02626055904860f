import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Operator } from '@avaa/protocol';
import type { ApiContext } from './context.ts';
import { sendJson } from './respond.ts';

/**
 * GET /api/operator: who runs this server and where accessibility feedback goes, for the
 * accessibility statement page; `null` for what is not configured. No token: it is public.
 */
export async function getOperator(ctx: ApiContext, _req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { name, accessibilityEmail, accessibilityFeedbackUrl } = ctx.operator;
  const answer: Operator = {
    name: name ?? null,
    accessibilityEmail: accessibilityEmail ?? null,
    accessibilityFeedbackUrl: accessibilityFeedbackUrl ?? null,
  };
  sendJson(res, 200, answer);
}
