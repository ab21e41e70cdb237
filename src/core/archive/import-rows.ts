/**
 * Spreadsheet rows → client archive: read one row's cells (readRow), then merge the rows into
 * the archive (applyRows, run inside store.update). Pure: ids and the time are passed in.
 *
 * Merge rules (docs/archive.md): a row is matched to a client by normalized name, never
 * duplicated; an empty cell leaves the field as it is (import never erases); a contact is
 * matched by name, a guarantee by product + due date; several rows of one client add its
 * contacts and guarantees. The 2.3 class is computed from the figures when they decide it.
 */
import { enrich, sizeClass } from '../classify/index.js';
import {
  readAnniversariesCell,
  readClassCell,
  readCountCell,
  readDateCell,
  readMoneyCell,
  readOwnerCell,
  readPercentCell,
  readPhoneCell,
  readProductCell,
  readRelationshipCell,
  readStageCell,
  readYearlyDateCell,
  type Cell,
  type HeaderUnit,
} from './cells.js';
import { columns, type ColumnKey } from './columns.js';
import { GUARANTEE_TBD, type Archive, type Client, type ClientClass, type Figures, type Guarantee, type Person, type RelationshipType, type Stage } from './model.js';
import { normalizeName } from './names.js';

export interface ClientRow {
  /** The line in the file (of the row's end, for a row with a line break inside a cell). */
  line: number;
  name: string;
  owner?: string;
  industry?: string;
  region?: string;
  figures: Figures;
  class?: ClientClass;
  stage?: Stage;
  relationshipType?: RelationshipType;
  lastContact?: string;
  contact?: Person;
  guarantee?: Guarantee;
}

/** How a bare number was read, for the summary: `“1200”没有单位，按1200万元理解`. */
export interface CellNote {
  line: number;
  column: ColumnKey;
  note: string;
}

export type RowRead = { ok: true; row: ClientRow; notes: CellNote[] } | { ok: false; line: number; reason: string };

export type Cells = Partial<Record<ColumnKey, string>>;

/** The archive's limit for a text field (model.ts `Text`). */
const MAX_CELL = 500;
export type Units = Partial<Record<ColumnKey, HeaderUnit | null>>;

const MONEY_FIGURES = [
  ['netAssets', true],
  ['totalAssets', false],
  ['revenue', false],
  ['profit', true],
] as const;

/**
 * One row's cells (already mapped to column keys) → a ClientRow, or every reason it is refused.
 * @example readRow(2, { name: '星河科技', netAssets: '1200万' }, {}) // row.figures.netAssets 12000000
 */
export function readRow(line: number, cells: Cells, units: Units): RowRead {
  const reasons: string[] = [];
  const notes: CellNote[] = [];
  const text = (k: ColumnKey): string | undefined => {
    const v = cells[k]?.trim();
    if (v && v.length > MAX_CELL) {
      // Reported with the CSV line here, not later as an archive position by the store.
      const label = columns.find((c) => c.key === k)!.zh[0];
      if (!reasons.some((r) => r.startsWith(`“${label}”`))) reasons.push(`“${label}”超过${MAX_CELL}个字符`);
      return undefined;
    }
    return v ? v : undefined;
  };
  function take<T>(k: ColumnKey, read: (t: string) => Cell<T>): T | undefined {
    const t = text(k);
    if (t === undefined) return undefined;
    const r = read(t);
    if (!r.ok) {
      reasons.push(r.reason);
      return undefined;
    }
    if (r.note) notes.push({ line, column: k, note: r.note });
    return r.value;
  }

  const name = text('name');
  if (!name) return { ok: false, line, reason: reasons[0] ?? '缺少客户名称' };
  const row: ClientRow = { line, name, figures: {} };
  const str = (k: 'industry' | 'region'): void => {
    const v = text(k);
    if (v) row[k] = v;
  };
  const owner = take('owner', readOwnerCell);
  if (owner) row.owner = owner;
  str('industry');
  str('region');
  for (const [k, signed] of MONEY_FIGURES) {
    const v = take(k, (t) => readMoneyCell(t, units[k] ?? null, signed));
    if (v !== undefined) row.figures[k] = v;
  }
  const debt = take('debtRatio', readPercentCell);
  if (debt !== undefined) row.figures.debtRatio = debt;
  const years = take('yearsInBusiness', (t) => readCountCell(t, '年'));
  if (years !== undefined) row.figures.yearsInBusiness = years;
  const employees = take('employees', (t) => readCountCell(t, '人'));
  if (employees !== undefined) row.figures.employees = employees;
  const cls = take('class', readClassCell);
  if (cls) row.class = cls;
  const stage = take('stage', readStageCell);
  if (stage) row.stage = stage;
  const rel = take('relationshipType', readRelationshipCell);
  if (rel) row.relationshipType = rel;
  const last = take('lastContact', readDateCell);
  if (last) row.lastContact = last;

  const contactName = text('contactName');
  const role = text('contactRole');
  const phone = take('contactPhone', readPhoneCell);
  const birthday = take('contactBirthday', readYearlyDateCell);
  const anniversaries = take('anniversary', readAnniversariesCell);
  if (contactName) {
    row.contact = {
      name: contactName,
      ...(role ? { role } : {}),
      ...(phone ? { phone } : {}),
      ...(birthday ? { birthday } : {}),
      ...(anniversaries?.length ? { anniversaries } : {}),
    };
  } else if (role || text('contactPhone') || text('contactBirthday') || text('anniversary')) {
    reasons.push('有联系人信息但缺少联系人姓名');
  }

  const product = take('guaranteeProduct', readProductCell);
  const amount = take('guaranteeAmount', (t) => readMoneyCell(t, units.guaranteeAmount ?? null));
  const start = take('guaranteeStart', readDateCell);
  const due = take('guaranteeDue', readDateCell);
  const anyGuarantee = ['guaranteeProduct', 'guaranteeAmount', 'guaranteeStart', 'guaranteeDue'].some((k) => text(k as ColumnKey));
  if (anyGuarantee) {
    // docs/archive.md: the due date is what the reminder needs. With it, a missing product or
    // amount is stored as 待补充 and reported; without it, the guarantee cannot be used.
    const missing = [text('guaranteeProduct') ? '' : '在保产品', text('guaranteeAmount') ? '' : '在保金额'].filter(Boolean);
    if (!text('guaranteeDue')) reasons.push(`在保业务缺少在保到期日${missing.length ? `（及${missing.join('、')}）` : ''}`);
    else if (due && (product || !text('guaranteeProduct')) && (amount !== undefined || !text('guaranteeAmount'))) {
      if (start && start > due) reasons.push(`在保起始日${start}晚于到期日${due}`);
      else {
        row.guarantee = { product: product ?? GUARANTEE_TBD, ...(amount !== undefined ? { amount } : {}), ...(start ? { start } : {}), due };
        if (missing.length) notes.push({ line, column: 'guaranteeDue', note: `在保业务缺少${missing.join('、')}，已记为“待补充”，到期提醒照常` });
      }
    }
  }

  if (reasons.length) return { ok: false, line, reason: reasons.join('；') };
  return { ok: true, row, notes };
}

export interface ApplyOptions {
  /** ISO timestamp for createdAt / updatedAt. */
  now: string;
  newId: () => string;
  /** Owner for new clients whose row has none (the person importing). */
  defaultOwner?: string;
  /**
   * Import as this manager (`--owner`): a row matching another manager's client, or whose
   * 客户经理 names another manager, is refused and reported — unless `allowReassign` (admin use).
   */
  actingOwner?: string;
  allowReassign?: boolean;
}

export interface ApplyResult {
  /** New clients. */
  imported: number;
  /** Existing clients (before this import) whose data changed. */
  updated: number;
  /** Existing clients matched with nothing new. */
  unchanged: number;
  skipped: { line: number; reason: string }[];
  /** Imported or updated clients whose 2.3 class the figures decide (stored). */
  classComputed: number;
  /** Clients with figures that do not yet decide the class (a 类别 column, if any, is kept). */
  classUndecided: number;
  /** Rows whose 类别 column disagreed with the class the figures decide (the figures win). */
  classOverridden: { line: number; given: ClientClass; computed: ClientClass }[];
}

/**
 * Where each client sits in `archive.clients`, by normalized name. Built once from a snapshot
 * (outside the store's lock) and kept across an import's batches, so a batch touches only the
 * clients its rows name instead of walking the whole list under the lock. `sync` brings it up to
 * date with the list a batch sees: clients appended since are indexed; a shorter list (clients
 * removed) rebuilds it; a position whose name no longer matches is rebuilt on use.
 */
export class ClientIndex {
  #at = new Map<string, number[]>();
  #length = 0;

  constructor(clients: readonly Pick<Client, 'name'>[] = []) {
    this.sync(clients);
  }

  /** Indexes what was appended to `clients` since the last call (or everything after a removal). */
  sync(clients: readonly Pick<Client, 'name'>[]): void {
    if (clients.length < this.#length) {
      this.#at.clear();
      this.#length = 0;
    }
    for (let i = this.#length; i < clients.length; i += 1) this.#add(normalizeName(clients[i]!.name), i);
    this.#length = clients.length;
  }

  /** The clients named `key`, checked against the list (a renamed client triggers a rebuild). */
  find<C extends Pick<Client, 'name'>>(clients: readonly C[], key: string): C[] {
    const at = this.#at.get(key) ?? [];
    const found = at.map((i) => clients[i]);
    if (found.every((c) => c !== undefined && normalizeName(c.name) === key)) return found as C[];
    this.#at.clear();
    this.#length = 0;
    this.sync(clients);
    return (this.#at.get(key) ?? []).map((i) => clients[i]!);
  }

  #add(key: string, i: number): void {
    const list = this.#at.get(key);
    if (list) list.push(i);
    else this.#at.set(key, [i]);
  }
}

/**
 * Merge the rows into the draft archive, in file order. `index` (kept by the caller across
 * batches) spares walking every client of a large archive.
 */
export function applyRows(draft: Archive, rows: ClientRow[], o: ApplyOptions, index = new ClientIndex(draft.clients)): ApplyResult {
  const res: ApplyResult = { imported: 0, updated: 0, unchanged: 0, skipped: [], classComputed: 0, classUndecided: 0, classOverridden: [] };
  index.sync(draft.clients);
  const created = new Set<Client>();
  const before = new Map<Client, string>();
  /** The last row of each touched client, for the class check. */
  const lastRow = new Map<Client, ClientRow>();

  for (const row of rows) {
    const key = normalizeName(row.name);
    const found = index.find(draft.clients, key);
    if (found.length > 1) {
      res.skipped.push({ line: row.line, reason: `档案中有${found.length}个客户与“${row.name}”同名，请先在档案中合并` });
      continue;
    }
    let c = found[0];
    const refusal = ownershipRefusal(c, row, o);
    if (refusal) {
      res.skipped.push({ line: row.line, reason: refusal });
      continue;
    }
    if (!c) {
      const owner = row.owner ?? o.defaultOwner;
      if (!owner) {
        res.skipped.push({ line: row.line, reason: '新客户缺少客户经理（Slack用户ID）' });
        continue;
      }
      c = { id: o.newId(), name: row.name, owner, figures: {}, contacts: [], guarantees: [], createdAt: o.now, updatedAt: o.now };
      draft.clients.push(c);
      index.sync(draft.clients);
      c = draft.clients[draft.clients.length - 1]!;
      created.add(c);
    } else if (!created.has(c) && !before.has(c)) {
      before.set(c, JSON.stringify(c));
    }
    merge(c, row);
    lastRow.set(c, row);
  }

  for (const [c, row] of lastRow) classify(c, row, res);
  res.imported = created.size;
  for (const [c, was] of before) {
    if (JSON.stringify(c) === was) res.unchanged += 1;
    else {
      c.updatedAt = o.now;
      res.updated += 1;
    }
  }
  return res;
}

/** With --owner and without --allow-reassign: why this row may not change the archive, if so. */
function ownershipRefusal(c: Client | undefined, row: ClientRow, o: ApplyOptions): string | undefined {
  if (!o.actingOwner || o.allowReassign) return undefined;
  if (c && c.owner !== o.actingOwner) return '该客户属于其他客户经理，未修改（改派请由管理员加 --allow-reassign 导入）';
  if (row.owner && row.owner !== o.actingOwner) return '“客户经理”列不是 --owner 指定的客户经理，未导入（改派请由管理员加 --allow-reassign 导入）';
  return undefined;
}

function merge(c: Client, row: ClientRow): void {
  if (row.owner) c.owner = row.owner;
  if (row.industry) c.industry = row.industry;
  if (row.region) c.region = row.region;
  c.figures = { ...c.figures, ...row.figures };
  if (row.stage) c.stage = row.stage;
  if (row.relationshipType) c.relationshipType = row.relationshipType;
  if (row.lastContact && (!c.lastContact || row.lastContact > c.lastContact)) c.lastContact = row.lastContact;
  if (row.contact) mergeContact(c, row.contact);
  if (row.guarantee) mergeGuarantee(c, row.guarantee);
  if (row.class) c.class = row.class;
}

/** 2.3 class from the merged figures when they decide it (sizeClass); else the 类别 column stays. */
function classify(c: Client, row: ClientRow, res: ApplyResult): void {
  const size = sizeClass(enrich(c.figures).figures);
  if (size.class && size.definite) {
    if (row.class && row.class !== size.class) res.classOverridden.push({ line: row.line, given: row.class, computed: size.class });
    c.class = size.class;
    res.classComputed += 1;
  } else if (size.class) {
    res.classUndecided += 1;
  }
}

function mergeContact(c: Client, p: Person): void {
  const same = c.contacts.find((x) => x.name === p.name);
  if (!same) {
    c.contacts.push(p);
    return;
  }
  if (p.role) same.role = p.role;
  if (p.phone) same.phone = p.phone;
  if (p.birthday) same.birthday = p.birthday;
  for (const a of p.anniversaries ?? []) {
    const list = (same.anniversaries ??= []);
    const old = list.find((x) => x.label === a.label);
    if (old) old.date = a.date;
    else list.push(a);
  }
}

function mergeGuarantee(c: Client, g: Guarantee): void {
  // A 待补充 guarantee with the same due date is the one a fuller row completes (and vice versa).
  const same = c.guarantees.find((x) => x.product === g.product && x.due === g.due) ?? c.guarantees.find((x) => x.due === g.due && (x.product === GUARANTEE_TBD || g.product === GUARANTEE_TBD));
  if (!same) {
    c.guarantees.push(g);
    return;
  }
  if (g.product !== GUARANTEE_TBD) same.product = g.product;
  if (g.amount !== undefined) same.amount = g.amount;
  if (g.start) same.start = g.start;
}
