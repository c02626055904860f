import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * What nodes say to each other on a room's Redis channel (`avaa:room:<room>`), in lib0's
 * binary encoding: `varUint kind, varString nodeId, ...`. Updates carry the log entries'
 * sequence numbers, so a receiver notices a gap and reads the stretch from PostgreSQL.
 */
export type ClusterMessage =
  | {
      readonly kind: 'updates';
      readonly nodeId: string;
      readonly first: number;
      readonly last: number;
      /** The entries' updates merged into one (Y.mergeUpdates). */
      readonly update: Uint8Array;
    }
  | { readonly kind: 'presence'; readonly nodeId: string; readonly update: Uint8Array }
  /** A node that just opened the room asks the others for their clients' presence. */
  | { readonly kind: 'presence-query'; readonly nodeId: string };

const KINDS = ['updates', 'presence', 'presence-query'] as const;

export const CHANNEL_PREFIX = 'avaa:room:';

export function roomChannel(room: string): string {
  return `${CHANNEL_PREFIX}${room}`;
}

export function roomOfChannel(channel: string): string | undefined {
  return channel.startsWith(CHANNEL_PREFIX) ? channel.slice(CHANNEL_PREFIX.length) : undefined;
}

export function encodeClusterMessage(message: ClusterMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, KINDS.indexOf(message.kind));
  encoding.writeVarString(encoder, message.nodeId);
  if (message.kind === 'updates') {
    encoding.writeVarUint(encoder, message.first);
    encoding.writeVarUint(encoder, message.last);
  }
  if (message.kind !== 'presence-query') encoding.writeVarUint8Array(encoder, message.update);
  return encoding.toUint8Array(encoder);
}

/** The message, or undefined for anything malformed (never thrown: one bad message is skipped). */
export function decodeClusterMessage(bytes: Uint8Array): ClusterMessage | undefined {
  try {
    const decoder = decoding.createDecoder(bytes);
    const kind = KINDS[decoding.readVarUint(decoder)];
    const nodeId = decoding.readVarString(decoder);
    switch (kind) {
      case 'updates': {
        const first = decoding.readVarUint(decoder);
        const last = decoding.readVarUint(decoder);
        const update = decoding.readVarUint8Array(decoder);
        return first >= 1 && last >= first ? { kind, nodeId, first, last, update } : undefined;
      }
      case 'presence':
        return { kind, nodeId, update: decoding.readVarUint8Array(decoder) };
      case 'presence-query':
        return { kind, nodeId };
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}
