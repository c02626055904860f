import type { RandomSource } from '../ids.ts';
import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from './participants.ts';

/**
 * Dealing order: the roles the rules are about first, so a round-robin deal gives every group a
 * core staff member before any group gets a second, and staff before client representatives.
 * A record, so a new role cannot be forgotten here.
 */
const DEAL_RANK: Readonly<Record<ParticipantRole, number>> = {
  'core-staff': 0,
  'other-staff': 1,
  supervisor: 2,
  'client-representative': 3,
  'network-partner': 4,
};

/** Orders people by role in the deal order; the sort is stable, so ties keep their order. */
export function byDealRank(a: Participant, b: Participant): number {
  return DEAL_RANK[a.role] - DEAL_RANK[b.role];
}

/**
 * What a group costs. Rules weigh far more than preferences, so no amount of evenness buys a
 * broken rule: a group without core staff and a client representative without staff to name as
 * contact cost the most, then client representatives spread beyond one apart, then a group with
 * no Ohjaamo staff at all, and last the squared distance of each role's count from its even share.
 * So when staff are too few for both, representatives sit together with a contact person (peer
 * support) rather than alone in a group without one.
 */
const COST = { noCoreStaff: 1000, noContact: 1000, representativesUneven: 100, noStaff: 50 };
const MAX_PASSES = 50;
const EPSILON = 1e-9;

type RoleCounts = Record<ParticipantRole, number>;
type Shares = { readonly even: RoleCounts; readonly fewestReps: number; readonly mostReps: number };

/** People in the deal order, each role shuffled with `random` so that a rerun gives new groups. */
export function dealOrder(people: readonly Participant[], random: RandomSource): Participant[] {
  return shuffle(people, random).sort(byDealRank);
}

/**
 * Splits people (in deal order) into `groupCount` groups: a round-robin deal, which makes sizes
 * differ by one at most (largest groups first) and spreads each role evenly, then swaps that
 * lower the cost until none does. Swaps keep the sizes. Deterministic for a given input.
 * O(passes * n^2) with n people; passes are few (the deal is nearly optimal) and capped.
 */
export function arrangeGroups(dealt: readonly Participant[], groupCount: number): Participant[][] {
  const assignment = dealt.map((_, i) => i % groupCount);
  const roles = dealt.map((person) => person.role);
  const counts = Array.from({ length: groupCount }, () => emptyCounts());
  roles.forEach((role, i) => {
    counts[assignment[i]!]![role]++;
  });
  const shares = evenShares(roles, groupCount);
  const costs = counts.map((group) => groupCost(group, shares));
  for (let pass = 0, improved = true; improved && pass < MAX_PASSES; pass++) {
    improved = false;
    for (let a = 0; a < dealt.length; a++) {
      for (let b = a + 1; b < dealt.length; b++) {
        if (assignment[a] === assignment[b] || roles[a] === roles[b]) continue;
        if (trySwap(a, b, { assignment, roles, counts, costs, shares })) improved = true;
      }
    }
  }
  const groups = Array.from({ length: groupCount }, (): Participant[] => []);
  dealt.forEach((person, i) => {
    groups[assignment[i]!]!.push(person);
  });
  return groups;
}

type State = {
  readonly assignment: number[];
  readonly roles: readonly ParticipantRole[];
  readonly counts: RoleCounts[];
  readonly costs: number[];
  readonly shares: Shares;
};

/** Swaps people `a` and `b` between their groups if that lowers the total cost. */
function trySwap(a: number, b: number, { assignment, roles, counts, costs, shares }: State): boolean {
  const groupA = assignment[a]!;
  const groupB = assignment[b]!;
  const afterA = { ...counts[groupA]! };
  const afterB = { ...counts[groupB]! };
  afterA[roles[a]!]--;
  afterA[roles[b]!]++;
  afterB[roles[b]!]--;
  afterB[roles[a]!]++;
  const costA = groupCost(afterA, shares);
  const costB = groupCost(afterB, shares);
  if (costA + costB - costs[groupA]! - costs[groupB]! > -EPSILON) return false;
  counts[groupA] = afterA;
  counts[groupB] = afterB;
  costs[groupA] = costA;
  costs[groupB] = costB;
  assignment[a] = groupB;
  assignment[b] = groupA;
  return true;
}

function groupCost(counts: RoleCounts, shares: Shares): number {
  const staff = counts['core-staff'] + counts['other-staff'] + counts.supervisor;
  const reps = counts['client-representative'];
  let cost = 0;
  if (counts['core-staff'] === 0) cost += COST.noCoreStaff;
  if (staff === 0) cost += COST.noContact * reps + COST.noStaff;
  cost += COST.representativesUneven * (Math.max(0, reps - shares.mostReps) + Math.max(0, shares.fewestReps - reps));
  for (const role of PARTICIPANT_ROLES) cost += (counts[role] - shares.even[role]) ** 2;
  return cost;
}

function evenShares(roles: readonly ParticipantRole[], groupCount: number): Shares {
  const even = emptyCounts();
  for (const role of roles) even[role] += 1 / groupCount;
  const reps = roles.filter((role) => role === 'client-representative').length;
  return { even, fewestReps: Math.floor(reps / groupCount), mostReps: Math.ceil(reps / groupCount) };
}

function emptyCounts(): RoleCounts {
  return { 'core-staff': 0, 'other-staff': 0, 'network-partner': 0, 'client-representative': 0, supervisor: 0 };
}

/** Fisher-Yates on a copy. */
function shuffle<T>(items: readonly T[], random: RandomSource): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
