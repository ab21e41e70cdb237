/**
 * key=value input, for tests and power users:
 * `product=bank amount=5000000 region=hefei client=returning term=12m rate=2.4 net_assets=1200万`.
 * Unknown keys are left to the other readers (and so end up unused). A known key with a
 * value that cannot be read is an error, never a silent default.
 */
import { lexicon } from '../tables/lexicon.js';
import type { LabelledFigures } from '../types.js';
import { MONEY, readMoney, recordMoney, type MoneyGroups } from './amounts.js';
import { categoriesKv } from './kv-categories.js';
import { addAmount, addProduct, error, note, setFigure, setOnce, type Draft } from './draft.js';
import { readNonMoney } from './figures.js';
import { placeFromWord, recordPlace } from './places.js';
import { productFromWord } from './products.js';
import { sourceOf, take, view, type Scan } from './scan.js';
import { statusFromWord } from './status.js';
import { termOf } from './terms.js';

const KV = /(?<![A-Za-z_])(?<key>[A-Za-z_]+)\s*=\s*(?<val>[^\s,，;；]+)/g;
const MONEY_ONLY = new RegExp(`^${MONEY}$`);

/** A handler reads the value; it returns an error reason, or undefined when read. */
type Handler = (d: Draft, val: string, source: string, at: number) => string | undefined;

const figureKinds = new Map(lexicon.figures.map((r) => [r.key, r.kind]));
/** The Chinese name of a figure in messages: its first label (净资产, 投标总价 …). */
const figureName = new Map(lexicon.figures.map((r) => [r.key, r.labels[0] ?? r.key]));

const figureKeys: Record<string, keyof LabelledFigures> = {
  bid_price: 'bidPrice',
  contract_price: 'contractPrice',
  advance_payment: 'advancePayment',
  receivables: 'receivables',
  net_assets: 'netAssets',
  total_assets: 'totalAssets',
  revenue: 'revenue',
  profit: 'profit',
  debt_ratio: 'debtRatio',
  years: 'yearsInBusiness',
  years_in_business: 'yearsInBusiness',
  employees: 'employees',
};

const figure =
  (key: keyof LabelledFigures): Handler =>
  (d, val, source) => {
    const kind = figureKinds.get(key) ?? 'money';
    const what = figureName.get(key) ?? key;
    if (kind === 'money') {
      const m = MONEY_ONLY.exec(val);
      if (!m) return '不是金额';
      const money = recordMoney(d, readMoney(source, m.groups as MoneyGroups, what));
      if (money) setFigure(d, key, money.yuan, source);
      return undefined;
    }
    const r = readNonMoney(kind, what, source, val.replace(/[%年人名]$/, ''));
    if ('error' in r) return r.error.replace(/^.*?无效：/, '');
    setFigure(d, key, r.value, source);
    return undefined;
  };

const TERM_KV = /^(?<num>\d+(?:\.\d+)?)\s*(?<unit>m|mo|month|months|y|year|years|d|day|days|个月|月|年|天|日)$/i;
const RATE_KV = /^(?<num>[-+]?\d+(?:\.\d+)?)\s*%?\s*(?:\/\s*(?<per>y|year|m|month|d|day|年|月|日|天))?$/i;
const perOf: Record<string, 'year' | 'month' | 'day'> = { y: 'year', year: 'year', 年: 'year', m: 'month', month: 'month', 月: 'month', d: 'day', day: 'day', 日: 'day', 天: 'day' };

const handlers: Record<string, Handler> = {
  product: (d, val, _source, at) => {
    const id = productFromWord(val);
    if (!id) return '没有这个产品';
    addProduct(d, id, at);
    return undefined;
  },
  amount: (d, val, source, at) => {
    const m = MONEY_ONLY.exec(val);
    if (!m) return '不是金额';
    const money = recordMoney(d, readMoney(source, m.groups as MoneyGroups));
    if (money) addAmount(d, money, at);
    return undefined;
  },
  region: (d, val, source) => {
    const row = placeFromWord(val);
    if (!row) return '不认识这个地区';
    recordPlace(d, row, source);
    return undefined;
  },
  client: (d, val, source) => {
    const st = statusFromWord(val);
    if (!st) return '应为 new 或 returning';
    setOnce(d, 'clientStatus', st, source);
    return undefined;
  },
  term: (d, val, source) => {
    const g = TERM_KV.exec(val)?.groups;
    if (!g) return '应写成 12m、1y 或 30d';
    const u = (g.unit ?? '').toLowerCase();
    const unit = u.startsWith('y') || u === '年' ? '年' : u.startsWith('d') || u === '天' || u === '日' ? '天' : '月';
    const r = termOf(g.num ?? '', unit, false);
    if ('error' in r) return r.error;
    setOnce(d, 'term', { ...r.term, source }, source);
    return undefined;
  },
  rate: (d, val, source) => {
    const g = RATE_KV.exec(val)?.groups;
    if (!g) return '应写成 2.4 或 2.4%/y';
    const percent = Number(g.num);
    if (!(percent > 0) || percent > lexicon.limits.maxRatePercent) return '费率应大于0且不超过100%';
    const per = g.per ? perOf[g.per.toLowerCase()] : undefined;
    if (!per) note(d, `“${source}”没有写明期间，按年费率理解`);
    setOnce(d, 'rate', { percent, per: per ?? 'year', source }, source);
    return undefined;
  },
  early: (d, val, source) => {
    const n = Number(val.replace(/[天日d]$/i, ''));
    if (!Number.isInteger(n) || n <= 0) return '天数必须是正整数';
    setOnce(d, 'earlyRepaymentDays', n, source);
    return undefined;
  },
  ...categoriesKv,
  ...Object.fromEntries(Object.entries(figureKeys).map(([k, key]) => [k, figure(key)])),
};
const aliases: Record<string, string> = { products: 'product', place: 'region', status: 'client', early_days: 'early' };

export function readKeyValues(s: Scan, d: Draft): void {
  for (const m of view(s).matchAll(KV)) {
    const key = (m.groups?.key ?? '').toLowerCase();
    const handler = handlers[aliases[key] ?? key];
    if (!handler) continue;
    const start = m.index;
    const end = start + m[0].length;
    take(s, start, end);
    const source = sourceOf(s, start, end);
    const why = handler(d, m.groups?.val ?? '', source, start);
    if (why) error(d, `“${source}”无效：${why}`);
  }
}
