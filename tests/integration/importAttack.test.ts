import { afterEach, describe, expect, test } from 'vitest';
import { bigExport } from './helpers/bigExport.ts';
import { killChildren, spawnServer } from './helpers/childServer.ts';
import { postImport } from './helpers/exchange.ts';
import { whileProbing } from './helpers/healthProbe.ts';
import { closeTestServers, startTestServer, tempDir } from './helpers/server.ts';

afterEach(async () => {
  killChildren();
  await closeTestServers();
});

/**
 * How much slower than in the quiet second before /healthz may answer during an attack: far
 * above the 200 ms aimed at, far below the stalls of seconds the attacks caused.
 */
const STALL_BOUND_MS = 1000;

describe('import attacks (issue 14, point 8)', () => {
  test('an import holds at most 2,000 notes per board, as live edits do', async () => {
    const server = await startTestServer();
    const refused = await postImport(server.url, bigExport(2001, 10));
    expect(refused).toEqual({
      status: 400,
      body: { error: 'invalid-export', errors: [{ path: 'boards.plenary.notes', reason: 'too-many-notes' }] },
    });
    expect((await postImport(server.url, bigExport(2000, 10))).status).toBe(201);
  });

  test('8 MiB of "[" and a 4-million-deep array are refused without stalling the server', {
    timeout: 60_000,
  }, async () => {
    const server = await spawnServer(tempDir());
    const brackets = Buffer.alloc(8 * 1024 * 1024 - 1, '[');
    const deep = Buffer.concat([Buffer.alloc(4_000_000, '['), Buffer.alloc(4_000_000, ']')]);
    const first = await whileProbing(server.url, () => postImport(server.url, brackets));
    const second = await whileProbing(server.url, () => postImport(server.url, deep));
    console.info(
      `import attacks: slowest /healthz "[" x 8 MiB ${first.worstMs} ms (quiet ${first.baselineMs} ms), ` +
        `4M-deep ${second.worstMs} ms (quiet ${second.baselineMs} ms)`,
    );
    expect(first.result).toEqual({ status: 400, body: { error: 'nesting-too-deep' } });
    expect(second.result).toEqual({ status: 400, body: { error: 'nesting-too-deep' } });
    expect(first.worstMs).toBeLessThan(first.baselineMs + STALL_BOUND_MS);
    expect(second.worstMs).toBeLessThan(second.baselineMs + STALL_BOUND_MS);
  });
});
