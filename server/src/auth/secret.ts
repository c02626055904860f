import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_FILE = 'secret.key';
const SECRET_BYTES = 32;
const MIN_CONFIGURED_SECRET_LENGTH = 32;

/**
 * The token-signing key: AVAA_SECRET when given, otherwise 32 random bytes generated once and
 * kept in DATA_DIR/secret.key (mode 0600), so links stay valid across restarts.
 */
export function loadSecret(dataDir: string, configured: string | undefined): Uint8Array {
  if (configured !== undefined) {
    if (configured.length < MIN_CONFIGURED_SECRET_LENGTH) {
      throw new Error(`AVAA_SECRET must be at least ${MIN_CONFIGURED_SECRET_LENGTH} characters`);
    }
    return Buffer.from(configured, 'utf8');
  }
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, SECRET_FILE);
  try {
    // 'wx' fails if the file exists, so two processes starting at once cannot overwrite a key.
    writeFileSync(path, randomBytes(SECRET_BYTES), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if (!isExistsError(error)) throw error;
  }
  const secret = readFileSync(path);
  if (secret.length !== SECRET_BYTES) throw new Error(`${path} must hold exactly ${SECRET_BYTES} bytes`);
  // Tighten a key file that was copied in with looser permissions.
  chmodSync(path, 0o600);
  return secret;
}

function isExistsError(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EEXIST';
}
