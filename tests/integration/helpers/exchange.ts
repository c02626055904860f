import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { type CellId, createNote } from '@avaa/board-model';
import { expect } from 'vitest';
import type { CreatedWorkshop } from './api.ts';
import { connectAs, synced } from './clients.ts';
import { eventually } from './eventually.ts';
import { connectRoom, groupedWorkshop, groupRoom } from './workshop.ts';

export type Download = { status: number; headers: Headers; bytes: Uint8Array; text: string };

/** GET /api/workshops/<id>/export with the query and the token as a Bearer header. */
export async function getExport(url: string, id: string, query: string, token?: string): Promise<Download> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const response = await fetch(`${url}/api/workshops/${id}/export?${query}`, { headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
  };
}

export async function postImport(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/api/workshops/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body:
      typeof body === 'string'
        ? body
        : body instanceof Uint8Array
          ? (body as Uint8Array<ArrayBuffer>)
          : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

export const NOTES = {
  plenary: 'Ensikäynti – ”mistä aloitan?”, sanoo nuori',
  sami: 'Sámegiella: čáhci, đuoddar, ŋ, ŧ',
  group: 'Hälsning: åtgärd och övergång',
} as const;

/** A grouped workshop (Anna in 1, Pekka in 2) with notes on the common table and group 1's board. */
export async function workshopWithNotes(url: string) {
  const grouped = await groupedWorkshop(url);
  const plenary = connectAs(grouped.workshop, 'facilitator');
  const group = connectRoom(grouped.workshop, groupRoom(grouped.workshop, 1), grouped.anna.token);
  await synced(plenary, group);
  write(plenary.doc, 'before:services', NOTES.plenary);
  write(plenary.doc, 'during:participation', NOTES.sami);
  write(group.doc, 'start:collaboration', NOTES.group);
  await eventually(async () => {
    const json = await exportJson(url, grouped.workshop);
    expect(JSON.stringify(json)).toContain(NOTES.group);
    expect(JSON.stringify(json)).toContain(NOTES.sami);
  });
  return grouped;
}

function write(doc: Parameters<typeof createNote>[0], cell: CellId, text: string): void {
  expect(createNote(doc, cell, { text }).ok).toBe(true);
}

export async function exportJson(url: string, workshop: CreatedWorkshop): Promise<unknown> {
  const download = await getExport(url, workshop.id, 'format=json', workshop.sync.tokens.facilitator);
  expect(download.status).toBe(200);
  return JSON.parse(download.text);
}

/** The text of a PDF, through poppler's pdftotext. */
export function pdfText(dir: string, bytes: Uint8Array): string {
  const file = join(dir, `export-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/**
 * Workshops stored, and log entries and snapshots of rooms outside workshop `except` (whose own
 * rooms may compact while a test runs), read beside the running server.
 */
export function storedCounts(dataDir: string, except: string): { workshops: number; otherRooms: number } {
  const db = new DatabaseSync(join(dataDir, 'avaa.sqlite'), { readOnly: true });
  try {
    const workshops = db.prepare('SELECT COUNT(*) AS n FROM workshops').get();
    const rooms = db
      .prepare(
        `SELECT (SELECT COUNT(*) FROM room_updates WHERE room NOT LIKE ?1) +
                (SELECT COUNT(*) FROM room_snapshots WHERE room NOT LIKE ?1) AS n`,
      )
      .get(`${except}/%`);
    return { workshops: Number(workshops?.n), otherRooms: Number(rooms?.n) };
  } finally {
    db.close();
  }
}
