import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { renderBlankTemplate } from '@avaa/print';
import { loadFonts } from '@avaa/print/node';
import sharp from 'sharp';

export type PhotoAnswer = { readonly status: number; readonly headers: Headers; readonly body: unknown };

/** POST …/boards/<board>/photo. */
export async function postPhoto(
  url: string,
  workshop: string,
  board: string,
  token: string | undefined,
  bytes: Uint8Array,
  type = 'image/jpeg',
): Promise<PhotoAnswer> {
  const response = await fetch(`${url}/api/workshops/${workshop}/boards/${board}/photo`, {
    method: 'POST',
    headers: { 'Content-Type': type, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: Buffer.from(bytes),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** A blank template printed on A4 and rendered at `dpi` by pdftoppm: a straight, sharp "photo" of it. */
export async function printedTemplate(dir: string, dpi = 100): Promise<Buffer> {
  const pdf = renderBlankTemplate(
    { language: 'fi', paper: 'A4', url: 'https://avaa.example/w/demo' },
    await loadFonts(),
  );
  const path = join(dir, 'template.pdf');
  writeFileSync(path, pdf);
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    '-png',
    path,
    join(dir, 'template'),
  ]);
  return sharp(readFileSync(join(dir, 'template.png')))
    .jpeg({ quality: 85 })
    .toBuffer();
}

/**
 * Sends a Content-Length of `declared` bytes but only the first MiB of them, and resolves the
 * answer's status: a server that waited for the whole body would never answer.
 */
export function postDeclaringMore(url: string, path: string, token: string, declared: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'image/jpeg', 'Content-Length': declared, Authorization: `Bearer ${token}` },
    });
    req.on('response', (res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      req.destroy();
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server closing the connection after its answer may reset what we still write.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    req.write(Buffer.alloc(1024 * 1024));
  });
}
