import { describe, expect, it } from 'vitest';
import {
  type ClusterMessage,
  decodeClusterMessage,
  encodeClusterMessage,
  roomChannel,
  roomOfChannel,
} from './messages.ts';

describe('cluster messages', () => {
  it('round-trip every kind', () => {
    const messages: ClusterMessage[] = [
      { kind: 'updates', nodeId: 'node-1', first: 7, last: 9, update: Uint8Array.of(1, 2, 3) },
      { kind: 'presence', nodeId: 'node-2', update: Uint8Array.of(4) },
      { kind: 'presence-query', nodeId: 'node-3' },
    ];
    for (const message of messages) expect(decodeClusterMessage(encodeClusterMessage(message))).toEqual(message);
  });

  it('skip malformed messages instead of throwing', () => {
    expect(decodeClusterMessage(Uint8Array.of())).toBeUndefined();
    expect(decodeClusterMessage(Uint8Array.of(9, 0))).toBeUndefined();
    const truncated = encodeClusterMessage({
      kind: 'updates',
      nodeId: 'n',
      first: 1,
      last: 2,
      update: Uint8Array.of(1),
    });
    expect(decodeClusterMessage(truncated.subarray(0, truncated.length - 2))).toBeUndefined();
    const backwards = encodeClusterMessage({
      kind: 'updates',
      nodeId: 'n',
      first: 5,
      last: 2,
      update: Uint8Array.of(1),
    });
    expect(decodeClusterMessage(backwards)).toBeUndefined();
  });

  it('name one channel per room', () => {
    expect(roomChannel('k3m9x2p7qa/group/2')).toBe('avaa:room:k3m9x2p7qa/group/2');
    expect(roomOfChannel('avaa:room:k3m9x2p7qa/plenary')).toBe('k3m9x2p7qa/plenary');
    expect(roomOfChannel('other')).toBeUndefined();
  });
});
