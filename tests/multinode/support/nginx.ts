import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../chaos/serverProcess.ts';
import { daemon, removeDir, scratchDir, stopChild, waitForPort } from './processes.ts';
import { requireTool } from './tools.ts';

/**
 * nginx as the load balancer in front of the nodes, configured as docs/deployment.md says:
 * round robin, WebSocket upgrade headers, long read timeout, and the next node when one does
 * not answer (a killed node's clients reconnect to the others).
 */
export type TestBalancer = { readonly url: string; close(): Promise<void> };

export function nginxConfig(dir: string, port: number, upstreamPorts: readonly number[]): string {
  const servers = upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n');
  return `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  upstream avaa {
${servers}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://avaa;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 1h;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
`;
}

export async function startNginx(upstreamPorts: readonly number[]): Promise<TestBalancer> {
  const binary = requireTool('nginx');
  const dir = scratchDir('avaa-nginx-');
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(dir, port, upstreamPorts));
  const process = daemon(binary, ['-p', dir, '-c', conf]);
  try {
    await waitForPort(port, 20_000, 'nginx');
  } catch (error) {
    throw new Error(`${(error as Error).message}: ${process.output()}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await stopChild(process.child, process.exited, 'SIGQUIT');
      removeDir(dir);
    },
  };
}
