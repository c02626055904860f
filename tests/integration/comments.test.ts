import {
  addComment,
  type CommentEntry,
  type CommentId,
  commentsMap,
  commentsOfNote,
  createNote,
  deleteComment,
  editComment,
  type NoteId,
} from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { type Client, connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupedWorkshop, groupRoom, handled } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

/** Anna and Pekka on the common table with a note of the facilitator's; Pekka has commented on it. */
async function thread() {
  const server = await startTestServer();
  const { workshop, anna, pekka } = await groupedWorkshop(server.url);
  const facilitator = connectAs(workshop, 'facilitator');
  const annaOnTable = connectClient(workshop.sync, anna.token);
  const pekkaOnTable = connectClient(workshop.sync, pekka.token);
  await synced(facilitator, annaOnTable, pekkaOnTable);
  const note = createNote(facilitator.doc, 'start:services', { text: 'Ajanvaraus chatissa' });
  if (!note.ok) throw new Error(note.error);
  await eventually(() => expect(annaOnTable.doc.getMap('notes').has(note.value)).toBe(true));
  await eventually(() => expect(pekkaOnTable.doc.getMap('notes').has(note.value)).toBe(true));
  const pekkas = added(addComment(pekkaOnTable.doc, note.value, 'Toimiiko myös iltaisin?', pekka.person.id));
  await eventually(() => expect(texts(facilitator, note.value)).toEqual(['Toimiiko myös iltaisin?']));
  await eventually(() => expect(texts(annaOnTable, note.value)).toEqual(['Toimiiko myös iltaisin?']));
  return { workshop, anna, pekka, facilitator, annaOnTable, pekkaOnTable, note: note.value, pekkas };
}

function added(result: ReturnType<typeof addComment>): CommentId {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const texts = (client: Client, note: NoteId) => commentsOfNote(client.doc, note).map((comment) => comment.text);

/** What a fresh reader gets from the server: only what it stored. */
async function stored(workshop: Awaited<ReturnType<typeof thread>>['workshop'], note: NoteId) {
  const reader = connectAs(workshop, 'viewer');
  await synced(reader);
  return commentsOfNote(reader.doc, note);
}

test("a comment signed with someone else's person id is refused, one's own goes through", async () => {
  const { workshop, anna, pekka, facilitator, annaOnTable, note } = await thread();
  added(addComment(annaOnTable.doc, note, 'Pekan nimissä', pekka.person.id));
  await handled(annaOnTable, facilitator, 'after-forged');
  expect(texts(facilitator, note)).toEqual(['Toimiiko myös iltaisin?']);
  expect((await stored(workshop, note)).map((comment) => comment.text)).toEqual(['Toimiiko myös iltaisin?']);

  const annaAgain = connectClient(workshop.sync, anna.token);
  await synced(annaAgain);
  added(addComment(annaAgain.doc, note, 'Kyllä, ti ja to', anna.person.id));
  await eventually(() => expect(texts(facilitator, note)).toEqual(['Toimiiko myös iltaisin?', 'Kyllä, ti ja to']));
});

test("a participant cannot edit or delete another's comment, in any form; the author can", async () => {
  const { workshop, anna, pekka, facilitator, annaOnTable, pekkaOnTable, note, pekkas } = await thread();
  const original = commentsMap(annaOnTable.doc).get(pekkas) as CommentEntry;
  const forgeries: ((client: Client) => void)[] = [
    (client) => editComment(client.doc, pekkas, 'Anna muutti tämän'),
    (client) => deleteComment(client.doc, pekkas),
    (client) => commentsMap(client.doc).delete(pekkas),
    (client) => commentsMap(client.doc).set(pekkas, { ...original, text: 'Annan nimissä', createdBy: anna.person.id }),
  ];
  for (const [index, forge] of forgeries.entries()) {
    const annaAgain = index === 0 ? annaOnTable : connectClient(workshop.sync, anna.token);
    await synced(annaAgain);
    forge(annaAgain);
    await handled(annaAgain, facilitator, `after-forgery-${index}`);
    expect(texts(facilitator, note)).toEqual(['Toimiiko myös iltaisin?']);
  }
  expect((await stored(workshop, note)).map((comment) => comment.text)).toEqual(['Toimiiko myös iltaisin?']);

  expect(editComment(pekkaOnTable.doc, pekkas, 'Toimiiko myös lauantaisin?').ok).toBe(true);
  await eventually(() => expect(texts(facilitator, note)).toEqual(['Toimiiko myös lauantaisin?']));
  expect(deleteComment(pekkaOnTable.doc, pekkas).ok).toBe(true);
  await eventually(() => expect(commentsOfNote(facilitator.doc, note)[0]).toMatchObject({ deleted: true, text: '' }));
  expect((await stored(workshop, note))[0]).toMatchObject({ deleted: true, text: '', createdBy: pekka.person.id });
});

test('the facilitator may delete any comment (moderation)', async () => {
  const { workshop, facilitator, note, pekkas } = await thread();
  expect(deleteComment(facilitator.doc, pekkas).ok).toBe(true);
  await eventually(async () => expect((await stored(workshop, note))[0]).toMatchObject({ deleted: true, text: '' }));
});

test('a comment over 500 characters, with control characters or unknown fields is refused', async () => {
  const { workshop, anna, facilitator, note } = await thread();
  const base = { noteId: note, createdBy: anna.person.id, createdAt: 1 };
  const bad: Record<string, unknown>[] = [
    { ...base, text: 'x'.repeat(501) },
    { ...base, text: 'soittokello\u0007' },
    { ...base, text: 'ok', extra: 'kenttä' },
    { ...base, text: 'ok', deleted: true },
  ];
  for (const [index, entry] of bad.entries()) {
    const annaAgain = connectClient(workshop.sync, anna.token);
    await synced(annaAgain);
    commentsMap(annaAgain.doc).set(`c00000000000${index}`, entry);
    await handled(annaAgain, facilitator, `after-bad-${index}`);
  }
  expect(await stored(workshop, note)).toHaveLength(1);
  const annaAgain = connectClient(workshop.sync, anna.token);
  await synced(annaAgain);
  commentsMap(annaAgain.doc).set('c000000000009', { ...base, text: 'x'.repeat(500) });
  await eventually(() => expect(commentsOfNote(facilitator.doc, note)).toHaveLength(2));
});

test('a viewer (the projector link) cannot comment', async () => {
  const { workshop, facilitator, note } = await thread();
  const viewer = connectAs(workshop, 'viewer');
  await synced(viewer);
  added(addComment(viewer.doc, note, 'Katsojan kommentti', undefined));
  await handled(viewer, facilitator, 'after-viewer');
  expect(texts(facilitator, note)).toEqual(['Toimiiko myös iltaisin?']);
  expect(await stored(workshop, note)).toHaveLength(1);
});

test("on a group board too, a member cannot comment as another member's person", async () => {
  const { workshop, anna, pekka } = await thread();
  const facilitatorOnGroup = connectRoom(workshop, groupRoom(workshop, 1), workshop.sync.tokens.facilitator);
  const annaOnGroup = connectRoom(workshop, groupRoom(workshop, 1), anna.token);
  await synced(facilitatorOnGroup, annaOnGroup);
  const note = createNote(annaOnGroup.doc, 'start:services', { text: 'Ryhmän lappu', createdBy: anna.person.id });
  if (!note.ok) throw new Error(note.error);
  added(addComment(annaOnGroup.doc, note.value, 'Pekan nimissä', pekka.person.id));
  await handled(annaOnGroup, facilitatorOnGroup, 'after-group-forgery');
  expect(commentsOfNote(facilitatorOnGroup.doc, note.value)).toEqual([]);
  const annaAgain = connectRoom(workshop, groupRoom(workshop, 1), anna.token);
  await synced(annaAgain);
  added(addComment(annaAgain.doc, note.value, 'Oma kommentti', anna.person.id));
  await eventually(() => expect(texts(facilitatorOnGroup, note.value)).toEqual(['Oma kommentti']));
});
