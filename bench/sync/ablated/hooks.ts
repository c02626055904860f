/**
 * Takes named guarantees out of our server for the cost bench, without touching its code:
 * module hooks (`module.registerHooks`) hand the server's imports of the modules that keep a
 * guarantee stubs that answer "allowed" and do nothing. `BENCH_ABLATE` is a comma-separated list:
 *   sync      no fdatasync of the WAL after a commit (avaaServer.ts, through `openStorage`)
 *   store     rooms' changes kept in memory, not written (avaaServer.ts, through `openStorage`)
 *   checks    no write checks: rights, the server's roots, board rules, client ids, note and
 *             path limits, and no decoding of the update for them
 *   presence  presence neither stamped with its person's name nor claimed by its owner
 *   limits    no frame rate limits, size limits or presence bounds, no outgoing budget
 * Bench only: a server started this way keeps none of these.
 */
import { registerHooks } from 'node:module';

const SERVER = new URL('../../../server/src/', import.meta.url).href;
const BOARD_MODEL = new URL('../../../packages/board-model/src/', import.meta.url).href;
const STUBS = new URL('./', import.meta.url).href;

type Redirect = { readonly original: string; readonly stub: string; readonly onlyFrom?: string };

const REDIRECTS: Record<string, readonly Redirect[]> = {
  checks: [
    { original: `${SERVER}auth/access.ts`, stub: 'checks.ts' },
    { original: `${SERVER}sync/clientIds.ts`, stub: 'clientIds.ts' },
    { original: `${SERVER}sync/noteLimit.ts`, stub: 'noteLimit.ts' },
    { original: `${SERVER}sync/pathLimits.ts`, stub: 'pathLimits.ts' },
    // Only the connection's decoding for the checks; the rest of the server decodes as before.
    { original: `${BOARD_MODEL}yjsInternals.ts`, stub: 'decode.ts', onlyFrom: `${SERVER}sync/connection.ts` },
  ],
  presence: [
    { original: `${SERVER}sync/presenceStamp.ts`, stub: 'presenceStamp.ts' },
    { original: `${SERVER}sync/ownership.ts`, stub: 'ownership.ts' },
  ],
  limits: [
    { original: `${SERVER}sync/frameGuard.ts`, stub: 'frameGuard.ts' },
    { original: `${SERVER}sync/outbox.ts`, stub: 'outbox.ts' },
  ],
};

/** The storage's ablations, made by avaaServer.ts through `openStorage` rather than by stubs. */
const STORAGE_ABLATIONS: ReadonlySet<string> = new Set(['sync', 'store']);

/** The ablations named in `list`, the storage's included; throws on a name it does not know. */
export function ablations(list: string | undefined): ReadonlySet<string> {
  const names = new Set((list ?? '').split(',').filter(Boolean));
  for (const name of names) {
    if (!STORAGE_ABLATIONS.has(name) && !(name in REDIRECTS)) throw new Error(`unknown ablation: ${name}`);
  }
  return names;
}

const used = new Set<Redirect>();
let registered: readonly Redirect[] = [];

export function registerAblations(names: ReadonlySet<string>): void {
  const redirects = [...names].flatMap((name) => REDIRECTS[name] ?? []);
  registered = redirects;
  if (redirects.length === 0) return;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      const parent = context.parentURL ?? '';
      // A stub imports the module it stands in for.
      if (parent.startsWith(STUBS)) return resolved;
      const redirect = redirects.find(
        ({ original, onlyFrom }) => resolved.url === original && (!onlyFrom || parent === onlyFrom),
      );
      if (!redirect) return resolved;
      used.add(redirect);
      return { ...resolved, url: `${STUBS}${redirect.stub}` };
    },
  });
}

/** Stubs the server never imported (a module moved or renamed): that guarantee was not taken out. */
export function unusedStubs(): string[] {
  return registered.filter((redirect) => !used.has(redirect)).map(({ original }) => original);
}
