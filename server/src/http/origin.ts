import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';

// A Host header is a host name or address and an optional port; anything else is refused so
// that a forged header cannot inject text into the links we hand out.
const HOST_PATTERN = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** How links are made (config.ts): on PUBLIC_URL, else on a Host this server answers to. */
export type LinkOrigins = {
  readonly publicUrl: string | undefined;
  /** ALLOWED_HOSTS: host names (lower case, no port) beside loopback and this machine's own. */
  readonly allowedHosts: readonly string[];
};

/**
 * The origin links are built on: PUBLIC_URL when configured. Otherwise the request's Host header
 * (and X-Forwarded-Proto, set by a TLS-terminating proxy) only when it names this server: a
 * loopback name, this machine's host name or one of its addresses (a laptop at a venue that
 * phones reach on its Wi-Fi address), or ALLOWED_HOSTS. Any other Host, which anyone may send
 * (DNS rebinding, a crafted request whose answer is shown or printed), gets '': links relative to
 * the server, which a browser resolves on the address it is at. Undefined for a malformed Host.
 */
export function requestOrigin(req: IncomingMessage, links: LinkOrigins): string | undefined {
  if (links.publicUrl) return links.publicUrl;
  const host = req.headers.host?.toLowerCase();
  if (!host || !HOST_PATTERN.test(host)) return undefined;
  if (!isAllowedHost(hostOf(host), links.allowedHosts)) return '';
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim()
    .toLowerCase();
  const protocol = forwarded === 'https' || forwarded === 'http' ? forwarded : 'http';
  return `${protocol}://${host}`;
}

/** Whether a host name (lower case, IPv6 without brackets) may be put into links. */
function isAllowedHost(name: string, allowedHosts: readonly string[]): boolean {
  if (isLoopbackName(name) || allowedHosts.some((allowed) => unbracketed(allowed) === name)) return true;
  const machine = hostname().toLowerCase();
  if (name === machine || name === `${machine}.local`) return true;
  // Read at each request: a laptop may join the venue's Wi-Fi after the server started.
  return Object.values(networkInterfaces()).some((addresses) =>
    addresses?.some((address) => address.address.toLowerCase() === name),
  );
}

function isLoopbackName(name: string): boolean {
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127(?:\.\d{1,3}){3}$/.test(name);
}

/** `host:port` -> `host`, `[::1]:8080` -> `::1`. */
function hostOf(host: string): string {
  const bracket = host.match(/^\[([^\]]+)\]/);
  return bracket?.[1] ?? host.replace(/:\d+$/, '');
}

function unbracketed(name: string): string {
  return name.replace(/^\[(.*)\]$/, '$1');
}

/** `https://host` -> `wss://host`; a relative origin ('') stays relative. */
export function webSocketOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws');
}
