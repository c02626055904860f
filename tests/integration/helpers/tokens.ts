import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Capability, signToken } from '@avaa/server';

/** A token with any claims (an expiry, a generation), signed with the key the server generated. */
export function signWithKey(dataDir: string, capability: Capability): string {
  return signToken(readFileSync(join(dataDir, 'secret.key')), capability);
}

/** The claims of a token, read without checking the signature. */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}
