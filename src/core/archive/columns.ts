/**
 * The client-archive spreadsheet columns: one table of keys, Chinese and English headers
 * (docs/archive.md). Export writes the first Chinese header of each column; import accepts any.
 */
import { normalize } from '../parse/normalize.js';
import type { HeaderUnit } from './cells.js';

export const columns = [
  { key: 'name', zh: ['客户名称', '客户', '企业名称', '公司名称'], en: ['name', 'client', 'company'] },
  { key: 'owner', zh: ['客户经理'], en: ['owner', 'manager'] },
  { key: 'industry', zh: ['行业'], en: ['industry'] },
  { key: 'region', zh: ['区域', '地区'], en: ['region'] },
  { key: 'netAssets', zh: ['净资产'], en: ['net_assets'], money: true },
  { key: 'totalAssets', zh: ['总资产', '资产总额'], en: ['total_assets'], money: true },
  { key: 'revenue', zh: ['销售收入', '营业收入', '年销售收入'], en: ['revenue', 'sales'], money: true },
  { key: 'profit', zh: ['利润', '净利润'], en: ['profit'], money: true },
  { key: 'debtRatio', zh: ['资产负债率'], en: ['debt_ratio'] },
  { key: 'yearsInBusiness', zh: ['经营年限'], en: ['years', 'years_in_business'] },
  { key: 'employees', zh: ['职工人数', '员工人数'], en: ['employees'] },
  { key: 'class', zh: ['类别', '分类'], en: ['class'] },
  { key: 'stage', zh: ['生命周期', '客户关系生命周期'], en: ['stage'] },
  { key: 'relationshipType', zh: ['关系类型', '客户关系类型'], en: ['relationship_type', 'relationship'] },
  { key: 'lastContact', zh: ['最近联系日期', '最近联系'], en: ['last_contact'] },
  { key: 'contactName', zh: ['联系人'], en: ['contact'] },
  { key: 'contactRole', zh: ['联系人职务'], en: ['contact_role'] },
  { key: 'contactPhone', zh: ['联系人电话'], en: ['contact_phone'] },
  { key: 'contactBirthday', zh: ['联系人生日'], en: ['contact_birthday'] },
  { key: 'anniversary', zh: ['纪念日'], en: ['anniversary', 'anniversaries'] },
  { key: 'guaranteeProduct', zh: ['在保产品'], en: ['guarantee_product'] },
  { key: 'guaranteeAmount', zh: ['在保金额'], en: ['guarantee_amount'], money: true },
  { key: 'guaranteeStart', zh: ['在保起始日'], en: ['guarantee_start'] },
  { key: 'guaranteeDue', zh: ['在保到期日'], en: ['guarantee_due'] },
] as const satisfies readonly { key: string; zh: readonly string[]; en: readonly string[]; money?: boolean }[];

export type ColumnKey = (typeof columns)[number]['key'];

/** Export writes money in 万元 (exact to the fen: six decimals). */
export const exportMoneyUnit = '万元';

/** The header export writes: 净资产(万元). */
export function exportHeader(key: ColumnKey): string {
  const c = columns.find((x) => x.key === key)!;
  return 'money' in c ? `${c.zh[0]}(${exportMoneyUnit})` : c.zh[0];
}

const UNIT_WORDS: Record<string, HeaderUnit> = { 元: 1, 万元: 10_000, 万: 10_000, 亿元: 100_000_000, 亿: 100_000_000, yuan: 1, cny: 1, rmb: 1 };
const squash = (s: string): string => s.toLowerCase().replace(/[\s_-]/g, '');
const byWord = new Map<string, ColumnKey>(columns.flatMap((c) => [...c.zh, ...c.en].map((w) => [squash(w), c.key] as const)));

export interface HeaderRead {
  key: ColumnKey | null;
  /** The money unit the header names, `(万元)` / `（元）` / `[亿元]`; null when none. */
  unit: HeaderUnit | null;
  /** Set when the header names a unit this column cannot carry, or one not understood. */
  problem?: string;
}

/**
 * @example readHeader('净资产（万元）') // { key: 'netAssets', unit: 10000 }
 * @example readHeader('Net Assets') // { key: 'netAssets', unit: null }
 * @example readHeader('备注') // { key: null, unit: null }
 */
export function readHeader(header: string): HeaderRead {
  let h = normalize(header)
    .replace(/^\uFEFF/, '')
    .trim();
  let unitWord: string | undefined;
  const m = /^(.*?)\s*[([（【]\s*([^)\]）】]*)\s*[)\]）】]\s*$/.exec(h);
  if (m) {
    h = m[1]!;
    unitWord = m[2]!.trim().toLowerCase();
  }
  const key = byWord.get(squash(h)) ?? null;
  if (!key || unitWord === undefined) return { key, unit: null };
  const col = columns.find((c) => c.key === key)!;
  const unit = UNIT_WORDS[unitWord];
  if ('money' in col) {
    return unit ? { key, unit } : { key, unit: null, problem: `表头“${header}”的单位“${unitWord}”无法识别，按无单位处理` };
  }
  // 资产负债率(%), 经营年限(年), 职工人数(人) are fine; a money unit on them is not.
  return unit ? { key, unit: null, problem: `表头“${header}”不是金额列，单位被忽略` } : { key, unit: null };
}
