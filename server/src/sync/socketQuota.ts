import { clientKey } from '../http/rateLimit.ts';

/** Sockets per client address and per workshop (SyncLimits; server/README.md "Limits"). */
export type SocketQuotaLimits = {
  /** Sockets one address (an IPv4 address or an IPv6 /64) may hold open at once... */
  readonly maxConnectionsPerAddress: number;
  /** ...to at most this many workshops: one address cannot fill maxActiveWorkshops. */
  readonly maxWorkshopsPerAddress: number;
  /** Sockets on all rooms of one workshop; the facilitator's link is never refused by it. */
  readonly maxConnectionsPerWorkshop: number;
};

export type QuotaRefusal = 'address' | 'workshop';

type AddressUse = { sockets: number; readonly workshops: Map<string, number> };

/**
 * Counts the open sockets by client address and by workshop. A whole workshop usually shares
 * one Wi-Fi address, so the per-address numbers are generous; they stop one address from holding
 * a socket on every workshop the server takes (which locked every other workshop out with 4507).
 */
export class SocketQuota {
  readonly #limits: SocketQuotaLimits;
  readonly #addresses = new Map<string, AddressUse>();
  readonly #workshops = new Map<string, number>();

  constructor(limits: SocketQuotaLimits) {
    this.#limits = limits;
  }

  /** Takes one socket of `address` to `workshopId`: a release function, or why not. */
  take(address: string, workshopId: string, facilitator: boolean): (() => void) | QuotaRefusal {
    const key = clientKey(address);
    const use = this.#addresses.get(key) ?? { sockets: 0, workshops: new Map<string, number>() };
    const newWorkshop = !use.workshops.has(workshopId);
    if (use.sockets >= this.#limits.maxConnectionsPerAddress) return 'address';
    if (newWorkshop && use.workshops.size >= this.#limits.maxWorkshopsPerAddress) return 'address';
    const inWorkshop = this.#workshops.get(workshopId) ?? 0;
    if (!facilitator && inWorkshop >= this.#limits.maxConnectionsPerWorkshop) return 'workshop';
    use.sockets += 1;
    use.workshops.set(workshopId, (use.workshops.get(workshopId) ?? 0) + 1);
    this.#addresses.set(key, use);
    this.#workshops.set(workshopId, inWorkshop + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#release(key, use, workshopId);
    };
  }

  #release(key: string, use: AddressUse, workshopId: string): void {
    use.sockets -= 1;
    const inWorkshop = (use.workshops.get(workshopId) ?? 1) - 1;
    if (inWorkshop > 0) use.workshops.set(workshopId, inWorkshop);
    else use.workshops.delete(workshopId);
    if (use.sockets === 0) this.#addresses.delete(key);
    const total = (this.#workshops.get(workshopId) ?? 1) - 1;
    if (total > 0) this.#workshops.set(workshopId, total);
    else this.#workshops.delete(workshopId);
  }
}
