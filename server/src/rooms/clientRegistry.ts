import type { Storage } from '../storage/types.ts';

/**
 * A registration: `provisional` when the id's first structs came in someone's resync (a sync step
 * 2) without that client showing presence under it: they may be another person's edits the
 * server lost (a restore from a backup), so the first change as it happens under the id takes
 * it over for good.
 */
export type Registration = { readonly owner: string; readonly provisional: boolean };
export type NewRegistration = Registration & { readonly client: number };

/** Where a room's registry is stored: beside the room, deleted with its workshop (`<id>/...`). */
export function registryKey(room: string): string {
  return `${room}#clients`;
}

/**
 * Which owner (auth/owner.ts) each Yjs client id of one room's document belongs to, for the
 * life of the document: an append-only log in storage beside the room's own (never in the
 * document, so no client holds a copy it could send back), read when the room loads.
 * Registrations are committed before the change that made them is applied, and read back in log
 * order, so with several nodes on one database the first registration of an id wins everywhere.
 */
export class ClientRegistry {
  readonly #storage: Storage;
  readonly #key: string;
  readonly #owners = new Map<number, Registration>();
  #lastEntryId = 0;
  /** Registrations run one after the other, each reading what came before it. */
  #queue: Promise<void> = Promise.resolve();

  constructor(storage: Storage, room: string) {
    this.#storage = storage;
    this.#key = registryKey(room);
  }

  async load(): Promise<void> {
    await this.#catchUp();
  }

  ownerOf(client: number): Registration | undefined {
    return this.#owners.get(client);
  }

  /** Stores the registrations that still apply (after reading others' first); resolves once read back. */
  register(entries: readonly NewRegistration[]): Promise<void> {
    const run = this.#queue.then(async () => {
      await this.#catchUp();
      const wanted = entries.filter((entry) => applies(this.#owners.get(entry.client), entry));
      if (wanted.length === 0) return;
      await this.#storage.appendUpdates(this.#key, [encode(wanted)]);
      await this.#catchUp();
    });
    this.#queue = run.catch(() => {});
    return run;
  }

  async #catchUp(): Promise<void> {
    const stored = await this.#storage.loadRoomSince(this.#key, this.#lastEntryId);
    for (const { client, owner, provisional } of stored.updates.flatMap(decode)) {
      const entry = { owner, provisional };
      if (applies(this.#owners.get(client), entry)) this.#owners.set(client, entry);
    }
    this.#lastEntryId = Math.max(this.#lastEntryId, stored.lastEntryId);
  }
}

/** An id is registered once for good; a provisional registration only gives way to a firm one. */
function applies(current: Registration | undefined, entry: Registration): boolean {
  return current === undefined || (current.provisional && !entry.provisional);
}

function encode(entries: readonly NewRegistration[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(entries.map((e) => [e.client, e.owner, e.provisional ? 1 : 0])));
}

function decode(bytes: Uint8Array): NewRegistration[] {
  const rows: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row: unknown) => {
    if (!Array.isArray(row)) return [];
    const [client, owner, provisional] = row as unknown[];
    if (typeof client !== 'number' || typeof owner !== 'string') return [];
    return [{ client, owner, provisional: provisional === 1 }];
  });
}
