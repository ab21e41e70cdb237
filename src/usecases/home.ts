/**
 * The App Home's content for one user: their clients by class and by stage, their due nudges,
 * recent visit reports; for admins, team totals too. Data only — src/blocks/home-blocks.ts draws it.
 */
import type { Visit } from '../core/archive/model.js';
import { isDormant, listRows } from '../core/clients/replies.js';
import { localDate } from '../core/dates.js';
import { dormantDaysFor, pendingNudges, readingOrder, type Nudge } from '../core/nudges/index.js';
import { storeOf, type Actor, type Deps } from './deps.js';

export interface TeamRow {
  owner: string;
  clients: number;
  dormant: number;
  nudges: number;
}

export interface HomeData {
  today: string;
  isAdmin: boolean;
  clients: number;
  dormant: number;
  byClass: Record<'A' | 'B' | 'C' | 'D' | '未分类', number>;
  byStage: Record<string, number>;
  nudges: Nudge[];
  visits: Array<{ date: string; clientName: string; next?: string }>;
  team?: TeamRow[];
}

export async function homeUseCase(deps: Deps, actor: Actor): Promise<HomeData> {
  const archive = await storeOf(deps).read();
  const today = localDate(deps.now(), deps.tz ?? 'Asia/Shanghai');
  const mine = archive.clients.filter((c) => c.owner === actor.userId); // the Home shows the user's own book, admins included
  const rows = listRows(archive, mine, today);
  const byClass: HomeData['byClass'] = { A: 0, B: 0, C: 0, D: 0, 未分类: 0 };
  const byStage: Record<string, number> = {};
  for (const c of mine) {
    byClass[c.class ?? '未分类'] += 1;
    const s = c.stage ?? '未填';
    byStage[s] = (byStage[s] ?? 0) + 1;
  }
  const all = pendingNudges({ archive, today, tz: deps.tz ?? 'Asia/Shanghai' });
  const mineIds = new Set(mine.map((c) => c.id));
  const names = new Map(archive.clients.map((c) => [c.id, c.name]));
  const visits = archive.visits
    .filter((v: Visit) => mineIds.has(v.clientId))
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, 5)
    .map((v) => ({ date: v.date, clientName: names.get(v.clientId) ?? '', ...(v.fields['下一步工作重点及建议'] ? { next: v.fields['下一步工作重点及建议'] } : {}) }));
  const data: HomeData = {
    today,
    isAdmin: actor.isAdmin,
    clients: mine.length,
    dormant: rows.filter((r) => isDormant(r, dormantDaysFor)).length,
    byClass,
    byStage,
    nudges: readingOrder(all.filter((n) => n.owner === actor.userId)),
    visits,
  };
  if (actor.isAdmin) {
    const team = new Map<string, TeamRow>();
    const row = (owner: string) => team.get(owner) ?? team.set(owner, { owner, clients: 0, dormant: 0, nudges: 0 }).get(owner)!;
    for (const r of listRows(archive, archive.clients, today)) {
      const t = row(r.client.owner);
      t.clients += 1;
      if (isDormant(r, dormantDaysFor)) t.dormant += 1;
    }
    for (const n of all) row(n.owner).nudges += 1;
    data.team = [...team.values()].sort((a, b) => b.clients - a.clients);
  }
  return data;
}
