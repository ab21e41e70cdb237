/** Bench helpers: percentiles, a synthetic archive, the machine. Not used by the product. */
import { cpus } from 'node:os';
import type { Archive, Client } from '../src/core/archive/model.js';

export const T0 = '2025-03-01T08:00:00.000Z';

export function pct(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

const products = ['bank_loan', 'bid_bond', 'performance_bond', 'private_lending'] as const;
const classes = ['A', 'B', 'C', 'D'] as const;

/** A client as an account manager's archive holds one: ~600 bytes of JSON, one contact, one guarantee. */
export function syntheticClient(i: number): Client {
  const m = String((i % 12) + 1).padStart(2, '0');
  const d = String((i % 28) + 1).padStart(2, '0');
  return {
    id: `c${i}`,
    name: `合肥测试企业${i}有限公司`,
    owner: `U0${i % 40}OWNER`,
    industry: '制造业',
    region: '合肥',
    figures: { netAssets: 12_000_000, totalAssets: 30_000_000, revenue: 35_000_000, profit: 2_000_000, debtRatio: 60, yearsInBusiness: 5 },
    class: classes[i % 4]!,
    stage: '形成期',
    lastContact: `2025-${m}-${d}`,
    contacts: [{ name: '张经理', role: '财务总监', phone: '13800000000', birthday: `${m}-${d}` }],
    guarantees: [{ product: products[i % 4]!, amount: 5_000_000, start: '2024-06-01', due: `2026-${m}-${d}` }],
    createdAt: T0,
    updatedAt: T0,
  };
}

export function syntheticArchive(n: number): Archive {
  return { schemaVersion: 1, clients: Array.from({ length: n }, (_, i) => syntheticClient(i)), contacts: [], visits: [], nudges: [], events: [] };
}

export function machine(): { cpu: string; cores: number; node: string } {
  return { cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: cpus().length, node: process.version };
}

export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
