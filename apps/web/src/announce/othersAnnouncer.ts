import type { NoteChange, NoteChangeKind, OthersChange, VoteChange } from './othersChanges.ts';

/** How many notes others changed, by kind; `away`: while this device was offline. */
export type ChangeCounts = Readonly<Record<NoteChangeKind, number>>;

export type Announcement =
  | { readonly kind: 'one'; readonly change: NoteChange }
  | { readonly kind: 'summary'; readonly counts: ChangeCounts; readonly away: boolean }
  | { readonly kind: 'vote'; readonly change: VoteChange };

/** At most one announcement of notes in this time, so a busy board does not drown the user. */
export const ANNOUNCE_INTERVAL_MS = 5000;

export type OthersAnnouncer = {
  /** Others' changes seen live at `now`: what to say at once (the rest waits for `due`). */
  live(changes: readonly OthersChange[], now: number): Announcement[];
  /** Changes arriving while the board syncs: counted, said at most once when it has synced. */
  catchUp(changes: readonly OthersChange[]): void;
  /** The board has synced: one summary of what came meanwhile, unless this is its first load. */
  synced(first: boolean, now: number): Announcement[];
  /** When the waiting changes are to be said, null when none wait. */
  due(): number | null;
  /** The waiting changes, once `due` has come. */
  flush(now: number): Announcement[];
};

/**
 * Turns others' changes into announcements: the first change after a quiet moment is spelled
 * out at once; what comes within `intervalMs` of the last announcement waits and is said
 * together, one note spelled out, several summarised. Typing is one edit while the same person
 * keeps changing the same note without a pause of `intervalMs` (an added note's typing is part
 * of adding it). A vote opening or closing is always said, at once.
 */
export function createOthersAnnouncer(intervalMs = ANNOUNCE_INTERVAL_MS): OthersAnnouncer {
  let spokenAt = Number.NEGATIVE_INFINITY;
  let waiting: NoteChange[] = [];
  let away: NoteChange[] = [];
  const isContinued = burstOfTyping(intervalMs);

  const say = (changes: readonly NoteChange[], now: number, wasAway: boolean): Announcement[] => {
    if (changes.length === 0) return [];
    spokenAt = now;
    const only = changes[0];
    if (changes.length === 1 && only && !wasAway) return [{ kind: 'one', change: only }];
    return [{ kind: 'summary', counts: countsOf(changes), away: wasAway }];
  };

  return {
    live(changes, now) {
      const votes: Announcement[] = [];
      for (const change of changes) {
        if (isVoteChange(change)) votes.push({ kind: 'vote', change });
        else if (!isContinued(change, now)) waiting = withChange(waiting, change);
      }
      if (votes.length > 0) {
        // A vote takes this turn; notes wait for the next.
        spokenAt = now;
        return votes;
      }
      return now - spokenAt >= intervalMs ? this.flush(now) : [];
    },
    catchUp(changes) {
      for (const change of changes) if (!isVoteChange(change)) away = withChange(away, change);
    },
    synced(first, now) {
      const meanwhile = away;
      away = [];
      return first ? [] : say(meanwhile, now, true);
    },
    due() {
      return waiting.length === 0 ? null : spokenAt + intervalMs;
    },
    flush(now) {
      const ready = waiting;
      waiting = [];
      return say(ready, now, false);
    },
  };
}

/** How many notes' last changes are kept before those of finished bursts are forgotten. */
const FORGET_AFTER_NOTES = 200;

/**
 * Whether a change continues a burst of typing: an edit by the same person of the same note
 * within `intervalMs` of the last change heard of it.
 */
function burstOfTyping(intervalMs: number): (change: NoteChange, now: number) => boolean {
  /** The last change heard per note and person. */
  const lastHeard = new Map<string, number>();
  return (change, now) => {
    const key = `${change.note}\u0000${change.person ?? ''}`;
    const previous = lastHeard.get(key);
    if (lastHeard.size > FORGET_AFTER_NOTES) forgetOlderThan(lastHeard, now - intervalMs);
    lastHeard.set(key, now);
    return change.kind === 'edited' && previous !== undefined && now - previous < intervalMs;
  };
}

function forgetOlderThan(times: Map<string, number>, limit: number): void {
  for (const [key, time] of times) if (time < limit) times.delete(key);
}

function isVoteChange(change: OthersChange): change is VoteChange {
  return change.kind === 'voteOpened' || change.kind === 'voteClosed';
}

/** One entry per note: a later change of a waiting note replaces it unless it adds less news. */
function withChange(waiting: readonly NoteChange[], change: NoteChange): NoteChange[] {
  const index = waiting.findIndex((known) => known.note === change.note);
  const known = waiting[index];
  if (!known) return [...waiting, change];
  // A note added and then deleted meanwhile was never there for the listener.
  if (known.kind === 'added' && change.kind === 'deleted') return waiting.filter((_, at) => at !== index);
  const kept = known.kind === 'added' || (known.kind !== 'edited' && change.kind === 'edited') ? known : change;
  return waiting.map((entry, at) => (at === index ? { ...kept, cell: change.cell } : entry));
}

function countsOf(changes: readonly NoteChange[]): ChangeCounts {
  const counts = { added: 0, edited: 0, moved: 0, deleted: 0, restored: 0 };
  for (const change of changes) counts[change.kind]++;
  return counts;
}
