import { describe, expect, it } from 'vitest';
import { bestOffset, measureOffset, sampleOffset } from './serverClock.ts';

describe('the server clock offset', () => {
  it('takes the server time to be the midpoint of the round trip', () => {
    expect(sampleOffset({ sentAt: 1000, receivedAt: 1100, serverNow: 6050 })).toBe(5000);
    expect(sampleOffset({ sentAt: 1000, receivedAt: 1020, serverNow: 900 })).toBe(-110);
  });

  it('trusts the sample with the shortest round trip', () => {
    const samples = [
      { sentAt: 0, receivedAt: 400, serverNow: 1000 }, // slow: midpoint guess off by up to 200 ms
      { sentAt: 500, receivedAt: 510, serverNow: 2005 },
      { sentAt: 600, receivedAt: 700, serverNow: 2000 },
    ];
    expect(bestOffset(samples)).toBe(1500);
  });

  it('is 0 without a usable sample', () => {
    expect(bestOffset([])).toBe(0);
    expect(bestOffset([{ sentAt: 10, receivedAt: 5, serverNow: 99 }])).toBe(0);
  });

  it('measures a few samples and falls back to 0 when the server does not answer', async () => {
    let clock = 0;
    const now = () => clock;
    const asked: number[] = [];
    const server = async () => {
      clock += 30; // the request travels
      asked.push(clock);
      const answer = clock + 60_000; // this browser runs a minute behind
      clock += 10; // the answer travels back faster
      return answer;
    };
    expect(await measureOffset(server, now, 3)).toBe(60_010);
    expect(asked).toHaveLength(3);
    expect(await measureOffset(async () => null, now, 3)).toBe(0);
  });
});
