/**
 * A link from the server, made whole on this page's origin: the server answers with links relative
 * to itself when the request's Host is not one it builds links on (server/src/http/origin.ts). A
 * whole link stays as it is.
 */
export function absoluteLink(link: string): string {
  return new URL(link, window.location.origin).href;
}
