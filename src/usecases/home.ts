/**
 * The App Home's content for one user: their clients by class and by stage, their due nudges,
 * recent visit reports; for admins, team totals too. Data only — src/blocks/home-blocks.ts draws it.
 * Each owner's figures come from core/nudges/summary.ts through the per-owner cache when the
 * deps hold one (./owner-summary.ts): recomputed only on a new day or after that owner's writes.
 */
import { ownerSummary, type OwnerSummary } from '../core/nudges/index.js';
import type { ArchiveStore, OwnerRevision } from '../ports/store.js';
import { storeOf, todayOf, type Actor, type Deps } from './deps.js';

export interface TeamRow {
  owner: string;
  clients: number;
  dormant: number;
  nudges: number;
}

/** The user's own book (core/nudges/summary.ts), the day, and for admins the team. */
export interface HomeData extends OwnerSummary {
  today: string;
  isAdmin: boolean;
  team?: TeamRow[];
}

const EMPTY: OwnerSummary = { clients: 0, dormant: 0, byClass: { A: 0, B: 0, C: 0, D: 0, 未分类: 0 }, byStage: {}, nudges: [], visits: [] };

export async function homeUseCase(deps: Deps, actor: Actor): Promise<HomeData> {
  const store = storeOf(deps);
  const today = todayOf(deps);
  const owners = await store.owners();
  const summaryOf = (o: OwnerRevision): Promise<OwnerSummary> => (deps.ownerSummaries ? deps.ownerSummaries.get(store, o, today, deps.tz) : computed(store, o.owner, today, deps.tz));
  const own = owners.find((o) => o.owner === actor.userId); // the Home shows the user's own book, admins included
  const mine = own ? await summaryOf(own) : EMPTY;
  const data: HomeData = { today, isAdmin: actor.isAdmin, ...mine, byClass: { ...mine.byClass }, byStage: { ...mine.byStage } };
  if (actor.isAdmin) {
    const team: TeamRow[] = [];
    for (const o of owners) {
      const s = o === own ? mine : await summaryOf(o);
      team.push({ owner: o.owner, clients: s.clients, dormant: s.dormant, nudges: s.nudges.length });
    }
    data.team = team.sort((a, b) => b.clients - a.clients);
  }
  return data;
}

async function computed(store: ArchiveStore, owner: string, today: string, tz: string): Promise<OwnerSummary> {
  return ownerSummary(await store.nudgeInputs(owner), today, tz);
}
