import { startNginx, type TestBalancer } from './nginx.ts';
import { type ClusterNode, clusterNode, sharedSecret } from './nodes.ts';
import { startPostgres, type TestPostgres } from './postgres.ts';
import { removeDir, scratchDir } from './processes.ts';
import { startRedis, type TestRedis } from './redis.ts';

/**
 * PostgreSQL, Redis, two or three nodes sharing them (and AVAA_SECRET) and nginx in front,
 * all on loopback with temporary directories, as docs/deployment.md describes for production.
 */
export type TestCluster = {
  readonly postgres: TestPostgres;
  readonly redis: TestRedis;
  readonly nodes: readonly ClusterNode[];
  readonly balancer: TestBalancer;
  readonly databaseUrl: string;
  /** The balancer's URL: what browsers would use. */
  readonly url: string;
  /** Each node's log, for a failing test's message. */
  logs(): string;
  close(): Promise<void>;
};

let clusters = 0;

/** `extra`: more settings for every node (e.g. METRICS_TOKEN). */
export async function startCluster(nodeCount = 3, extra: Readonly<Record<string, string>> = {}): Promise<TestCluster> {
  const postgres = await startPostgres();
  const redis = await startRedis();
  clusters += 1;
  const databaseUrl = await postgres.createDatabase(`avaa_${process.pid}_${clusters}`);
  const dataDir = scratchDir('avaa-nodes-');
  const env = { databaseUrl, redisUrl: redis.url, secret: sharedSecret(), extra };
  const nodes: ClusterNode[] = [];
  for (let i = 0; i < nodeCount; i++) nodes.push(await clusterNode(`node-${i + 1}`, env, dataDir));
  await Promise.all(nodes.map((node) => node.start()));
  const balancer = await startNginx(nodes.map((node) => node.port));
  return {
    postgres,
    redis,
    nodes,
    balancer,
    databaseUrl,
    url: balancer.url,
    logs: () =>
      nodes
        .map((node) => `--- ${node.name}\n${node.log().slice(-Number(process.env.CLUSTER_LOG_CHARS ?? 5_000))}`)
        .join('\n'),
    async close() {
      await balancer.close();
      await Promise.all(nodes.map((node) => node.kill()));
      await redis.close();
      await postgres.close();
      removeDir(dataDir);
    },
  };
}
