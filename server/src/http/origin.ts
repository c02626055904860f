import type { IncomingMessage } from 'node:http';

// A Host header is a host name or address and an optional port; anything else is refused so
// that a forged header cannot inject text into the links we hand out.
const HOST_PATTERN = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin clients reach us at: PUBLIC_URL when configured, otherwise the request's Host
 * header and X-Forwarded-Proto (set by a TLS-terminating proxy). Undefined for a bad Host.
 */
export function requestOrigin(req: IncomingMessage, publicUrl: string | undefined): string | undefined {
  if (publicUrl) return publicUrl;
  const host = req.headers.host;
  if (!host || !HOST_PATTERN.test(host)) return undefined;
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim()
    .toLowerCase();
  const protocol = forwarded === 'https' || forwarded === 'http' ? forwarded : 'http';
  return `${protocol}://${host.toLowerCase()}`;
}

/** `https://host` -> `wss://host`. */
export function webSocketOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws');
}
