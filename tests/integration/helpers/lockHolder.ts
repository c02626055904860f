import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

/** Another process holding the database's write lock (BEGIN EXCLUSIVE) until `release`. */
const HOLDER = `
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(process.argv[1]);
db.exec('BEGIN EXCLUSIVE');
process.stdout.write('locked');
process.stdin.on('end', () => { db.exec('COMMIT'); db.close(); process.exit(0); });
process.stdin.resume();
`;

export async function holdDatabaseLock(dataDir: string): Promise<{ release(): Promise<void> }> {
  const holder = spawn(process.execPath, ['-e', HOLDER, join(dataDir, 'avaa.sqlite')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  await once(holder.stdout, 'data');
  return {
    async release() {
      holder.stdin.end();
      await once(holder, 'exit');
    },
  };
}
