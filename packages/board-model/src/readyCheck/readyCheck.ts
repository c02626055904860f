import { isReadyAnswer, type ReadyAnswer } from '@avaa/protocol';
import type * as Y from 'yjs';
import { isPersonId, type PersonId } from '../groups/participants.ts';
import { readGroups, readPeople, settingsMap } from '../workshop/schema.ts';

/**
 * The ready check ("are you done?"), in the workshop document:
 *
 *   settings.readyCheck: { id, scope: 'people' | 'groups', startedAt } | null      facilitator's
 *   readyAnswers:        Y.Map<'<check> <answerer>', 'ready' | 'more-time'>        server's
 *
 * An answerer is a person (`scope: people`) or a group (`group-<n>`, `scope: groups`: any member
 * answers for the group). Participants never write the workshop document, so their answers go
 * through the server's ready API, which writes them here; nobody's socket may touch
 * `readyAnswers` (server/src/auth/serverOwned.ts). A check is live state of the room, never
 * exported: it ends when the facilitator moves on (stage or focus) or ends it.
 *
 * Who is counted: everyone in the people list who was not removed (or every group with a
 * member), online or not. A phone's screen sleeps during discussion and its presence drops;
 * a count that shrank with it would tell the facilitator that everyone is ready when they are
 * not. Who has not answered is named, so the facilitator can ask, or remove who left.
 */
export const READY_SCOPES = ['people', 'groups'] as const;
export type ReadyScope = (typeof READY_SCOPES)[number];
// The answers travel in the ready API's bodies too: defined in @avaa/protocol.
export { isReadyAnswer, READY_ANSWERS, type ReadyAnswer } from '@avaa/protocol';

export type ReadyCheck = { readonly id: string; readonly scope: ReadyScope; readonly startedAt: number };

/** Whom an answer is for: a person, or a group answering as one. */
export type Answerer =
  | { readonly kind: 'person'; readonly person: PersonId }
  | { readonly kind: 'group'; readonly group: number };

export type AnswererState = Answerer & { readonly key: string; readonly answer: ReadyAnswer | null };

export type ReadyCheckState = ReadyCheck & {
  readonly answerers: readonly AnswererState[];
  readonly ready: number;
  readonly total: number;
};

export const READY_ANSWERS_ROOT = 'readyAnswers';

export function isReadyScope(value: unknown): value is ReadyScope {
  return typeof value === 'string' && (READY_SCOPES as readonly string[]).includes(value);
}

/** Only the server writes this root (server/src/auth/serverOwned.ts). */
export function readyAnswersMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(READY_ANSWERS_ROOT);
}

/** The open check, or null when none is open or the stored value does not fit the schema. */
export function readReadyCheck(doc: Y.Doc): ReadyCheck | null {
  const value = settingsMap(doc).get('readyCheck');
  if (typeof value !== 'object' || value === null) return null;
  const { id, scope, startedAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || !isReadyScope(scope)) return null;
  return { id, scope, startedAt: typeof startedAt === 'number' && Number.isFinite(startedAt) ? startedAt : 0 };
}

export function answererKey(answerer: Answerer): string {
  return answerer.kind === 'person' ? answerer.person : `group-${answerer.group}`;
}

/** Who answers a check of this scope now: the people list, or the groups that have members. */
export function answerersOf(doc: Y.Doc, scope: ReadyScope): Answerer[] {
  if (scope === 'people') return readPeople(doc).map((person) => ({ kind: 'person', person: person.id }));
  return readGroups(doc)
    .filter((group) => group.members.length > 0)
    .map((group) => ({ kind: 'group', group: group.number }));
}

/** Whom this person answers for in the open check, or undefined when they are not asked. */
export function answererFor(doc: Y.Doc, check: ReadyCheck, person: PersonId): Answerer | undefined {
  if (!isPersonId(person)) return undefined;
  const found = readPeople(doc).find((entry) => entry.id === person);
  if (!found) return undefined;
  if (check.scope === 'people') return { kind: 'person', person };
  return found.group === null ? undefined : { kind: 'group', group: found.group };
}

/** The open check with every answerer's answer and the count; null when none is open. */
export function readReadyCheckState(doc: Y.Doc): ReadyCheckState | null {
  const check = readReadyCheck(doc);
  if (!check) return null;
  const answers = readyAnswersMap(doc);
  const answerers = answerersOf(doc, check.scope).map((answerer): AnswererState => {
    const key = answererKey(answerer);
    const answer = answers.get(`${check.id} ${key}`);
    return { ...answerer, key, answer: isReadyAnswer(answer) ? answer : null };
  });
  const ready = answerers.filter((entry) => entry.answer === 'ready').length;
  return { ...check, answerers, ready, total: answerers.length };
}

/** An answer map entry belongs to a check by its key's first word. */
export function checkOfKey(key: string): string {
  return key.slice(0, key.indexOf(' '));
}
