/**
 * Import clients from a spreadsheet (CSV) into the archive. Reached from `npm run import -- FILE.csv`
 * (scripts/import.ts); the same function can serve a Slack file upload.
 *
 * Encoding: valid UTF-8 (with or without BOM) is read as UTF-8, confidently GBK bytes as GBK
 * (GB18030, what Excel on a Chinese Windows writes); anything else stops (decodeCsv). Headers: Chinese or English, money headers may name a
 * unit `净资产(万元)`. Bad rows are reported with their line number and reason; the rest is
 * saved in batches of whole clients, one store transaction each (store.importClients; never the
 * whole file at once, so the app keeps writing meanwhile). If a batch cannot be saved, the earlier batches stay
 * saved and the summary says from which line nothing was saved (`incomplete`). Matching by
 * normalized name: re-importing updates, so running the file again completes it.
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { unguardFormula } from '../core/archive/cells.js';
import { readHeader, type ColumnKey } from '../core/archive/columns.js';
import { readRow, type ApplyResult, type CellNote, type Cells, type ClientRow, type Units } from '../core/archive/import-rows.js';
import { AppError, userMessageOf } from '../core/errors.js';
import { normalizeName } from '../core/archive/names.js';
import { sanitizeText } from '../core/text/sanitize.js';
import type { ArchiveStore } from '../ports/store.js';

export interface ImportDeps {
  store: ArchiveStore;
  now: () => Date;
  newId?: () => string;
}

export interface ImportInput {
  /** The file's bytes (or already-decoded text). */
  content: Uint8Array | string;
  /** Force the encoding (`--encoding`); default: detect strictly (decodeCsv). */
  encoding?: CsvEncoding;
  /**
   * The manager importing (`--owner`): owner of new clients without a 客户经理 cell; rows that
   * would change another manager's client are refused unless `allowReassign`.
   */
  defaultOwner?: string;
  /** `--allow-reassign` (admin): with `defaultOwner`, rows may update and reassign others' clients. */
  allowReassign?: boolean;
  /** Read and check everything, change nothing. */
  dryRun?: boolean;
  /** Called every `progressEvery` rows read, and once at the end. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** Called after each saved batch with the rows saved so far (of those read without error). */
  onSaved?: (saved: number, total: number) => void;
  /** Rows per store update (default 10 000: about half a second under the lock at 300k clients). */
  batchRows?: number;
}

export interface ImportSummary extends ApplyResult {
  encoding: CsvEncoding;
  /** Data rows in the file (not counting the header and empty lines). */
  rows: number;
  /** Rows saved (all readable rows, unless `incomplete`). */
  savedRows: number;
  /** Set when a batch could not be saved: rows from `fromLine` on were not saved (earlier batches were). */
  incomplete?: { fromLine: number; code: string; reason: string };
  /** Headers that are not archive columns (their cells were not read). */
  ignoredHeaders: string[];
  /** Header problems: a unit not understood, a column given twice. */
  headerProblems: string[];
  /** Money cells without a unit under a header without one, read by the bare-number rule. */
  bareAmounts: { count: number; examples: string[] };
  /** Other readings worth telling (a fraction read as a percent). */
  notes: string[];
  dryRun: boolean;
}

export type CsvEncoding = 'utf-8' | 'gbk';

/**
 * GBK is read as GB18030 (its superset) by the platform's WHATWG decoder: an invalid sequence
 * becomes U+FFFD (which the detection below refuses). It replaced iconv-lite, which accepted
 * some invalid 4-byte sequences and mapped 18 characters to the private use area.
 */
const gb18030 = new TextDecoder('gb18030');

/**
 * Bytes → text, strictly (docs/archive.md): valid UTF-8 (a BOM is dropped) is UTF-8; bytes with
 * at least as many valid UTF-8 multibyte sequences as invalid bytes are UTF-8 damaged somewhere
 * (a stray byte): they stop with a message naming the line; bytes that are confidently GBK
 * (GB18030 decodes them with no replacement, ≥ 60% of double-byte pairs in GB2312's rows) are
 * GBK; anything else stops too, and
 * `encoding` (the CLI's `--encoding`) forces a reading.
 * @example decodeCsv(Buffer.from('\uFEFF客户名称', 'utf8')) // { text: '客户名称', encoding: 'utf-8' }
 */
export function decodeCsv(content: Uint8Array | string, encoding?: CsvEncoding): { text: string; encoding: CsvEncoding } {
  if (typeof content === 'string') return { text: content.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const bytes = Buffer.from(content);
  if (encoding === 'gbk') return { text: gb18030.decode(bytes), encoding };
  if (encoding === 'utf-8') return { text: bytes.toString('utf8').replace(/^\uFEFF/, ''), encoding };
  const scan = scanUtf8(bytes);
  if (scan.bad === 0) return { text: bytes.toString('utf8').replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const line = lineAt(bytes, scan.firstBad);
  if (scan.multibyte >= scan.bad) {
    throw inputError(
      `CSV is mostly UTF-8 but has ${scan.bad} invalid byte(s), the first on line ${line}`,
      `文件看起来是UTF-8编码，但第${line}行起有${scan.bad}处无效字节（可能文件被截断或混入了其他编码的文字），未导入任何数据。` +
        '请用Excel或记事本“另存为 UTF-8”后再导入；如确认文件是GBK编码，请加 --encoding gbk。',
    );
  }
  const text = gb18030.decode(bytes);
  if (!text.includes('\uFFFD') && gb2312Share(bytes) >= 0.6) return { text, encoding: 'gbk' };
  throw inputError(
    `CSV encoding not recognised (not UTF-8, not confidently GBK); first non-UTF-8 byte on line ${line}`,
    `无法确定文件的编码（不是UTF-8，也不能确定是GBK），未导入任何数据。请另存为 UTF-8 后再导入，或用 --encoding utf-8 / --encoding gbk 指定编码。`,
  );
}

/** Valid UTF-8 multibyte sequences, invalid bytes, and the offset of the first invalid one. */
function scanUtf8(b: Uint8Array): { multibyte: number; bad: number; firstBad: number } {
  let multibyte = 0;
  let bad = 0;
  let firstBad = -1;
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = n > 0 && i + n <= b.length;
    for (let k = 1; ok && k < n; k += 1) ok = (b[i + k]! & 0xc0) === 0x80;
    if (ok && n === 3) ok = !(c === 0xe0 && b[i + 1]! < 0xa0) && !(c === 0xed && b[i + 1]! > 0x9f);
    if (ok && n === 4) ok = !(c === 0xf0 && b[i + 1]! < 0x90) && !(c === 0xf4 && b[i + 1]! > 0x8f);
    if (!ok) {
      bad += 1;
      if (firstBad < 0) firstBad = i;
      i += 1;
      continue;
    }
    if (n > 1) multibyte += 1;
    i += n;
  }
  return { multibyte, bad, firstBad };
}

/** Of the double-byte pairs, the share in GB2312's symbol and hanzi rows (what Chinese Excel writes). */
function gb2312Share(b: Uint8Array): number {
  let pairs = 0;
  let gb = 0;
  for (let i = 0; i < b.length; i += 1) {
    const c = b[i]!;
    if (c < 0x81) continue;
    const t = b[i + 1] ?? 0;
    pairs += 1;
    if (c >= 0xa1 && c <= 0xf7 && t >= 0xa1 && t <= 0xfe) gb += 1;
    i += 1;
  }
  return pairs === 0 ? 0 : gb / pairs;
}

const lineAt = (b: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (b[i] === 0x0a) line += 1;
  return line;
};

const inputError = (message: string, userMessage: string): AppError => new AppError('INPUT_INVALID', message, userMessage);

export async function importClients(deps: ImportDeps, input: ImportInput): Promise<ImportSummary> {
  const { text, encoding } = decodeCsv(input.content, input.encoding);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true }) as unknown as typeof records;
  } catch (e) {
    throw inputError(`CSV cannot be read: ${(e as Error).message}`, `CSV文件无法读取：${(e as Error).message}`);
  }
  const [head, ...body] = records;
  if (!head) throw inputError('CSV is empty', 'CSV文件是空的。');

  const map: (ColumnKey | null)[] = [];
  const units: Units = {};
  const ignoredHeaders: string[] = [];
  const headerProblems: string[] = [];
  const seen = new Map<ColumnKey, string>();
  for (const raw of head.record) {
    const h = sanitizeText(raw, { singleLine: true });
    const r = readHeader(h);
    if (r.problem) headerProblems.push(r.problem);
    if (!r.key) {
      if (h.trim()) ignoredHeaders.push(h.trim());
      map.push(null);
    } else if (seen.has(r.key)) {
      headerProblems.push(`表头“${h}”与“${seen.get(r.key)}”是同一列，只读取第一个`);
      map.push(null);
    } else {
      seen.set(r.key, h);
      units[r.key] = r.unit;
      map.push(r.key);
    }
  }
  if (!seen.has('name')) {
    throw inputError(`CSV has no client-name column (客户名称 / name); headers: ${head.record.join(', ')}`, '第一行表头中没有“客户名称”（或 name）列，无法导入。');
  }

  const every = input.progressEvery ?? 1000;
  const rows: ClientRow[] = [];
  const skipped: { line: number; reason: string }[] = [];
  const bare: CellNote[] = [];
  const notes: string[] = [];
  for (const [i, { record, info }] of body.entries()) {
    const cells: Cells = {};
    record.forEach((v, j) => {
      const k = map[j];
      // The one sanitiser at this entry (mention markers, controls, bidi, ANSI), then the `'` an
      // export put before a formula-like cell comes off.
      if (k) cells[k] = unguardFormula(sanitizeText(v, { singleLine: k !== 'anniversary' }));
    });
    if (Object.values(cells).every((v) => !v?.trim())) continue;
    const r = readRow(info.lines, cells, units);
    if (r.ok) {
      rows.push(r.row);
      for (const n of r.notes) {
        if (/没有单位/.test(n.note)) bare.push(n);
        else notes.push(`第${n.line}行：${n.note}`);
      }
    } else skipped.push({ line: r.line, reason: r.reason });
    if ((i + 1) % every === 0) input.onProgress?.(i + 1, body.length);
  }
  input.onProgress?.(body.length, body.length);

  const options = {
    now: deps.now().toISOString(),
    newId: deps.newId ?? randomUUID,
    ...(input.defaultOwner ? { defaultOwner: input.defaultOwner, actingOwner: input.defaultOwner } : {}),
    allowReassign: input.allowReassign === true,
  };
  const result = emptyResult();
  let saved = 0;
  let incomplete: ImportSummary['incomplete'];
  if (input.dryRun) {
    add(result, await deps.store.importClients(rows, options, true));
    saved = rows.length;
  } else {
    // Batches of whole clients, one store transaction each: the app's writes go in between.
    const batches = batchesOf(rows, input.batchRows ?? 10_000);
    for (const batch of batches) {
      try {
        add(result, await withRetry(() => deps.store.importClients(batch, options)));
      } catch (e) {
        incomplete = { fromLine: Math.min(...batch.map((r) => r.line)), code: codeOf(e), reason: userMessageOf(e) };
        break;
      }
      saved += batch.length;
      input.onSaved?.(saved, rows.length);
    }
  }

  return {
    ...result,
    skipped: [...skipped, ...result.skipped].sort((a, b) => a.line - b.line),
    encoding,
    rows: body.length,
    savedRows: saved,
    ...(incomplete ? { incomplete } : {}),
    ignoredHeaders,
    headerProblems,
    bareAmounts: { count: bare.length, examples: bare.slice(0, 3).map((n) => `第${n.line}行：${n.note}`) },
    notes,
    dryRun: Boolean(input.dryRun),
  };
}

const codeOf = (e: unknown): string => (e instanceof AppError ? e.code : 'INTERNAL');

const emptyResult = (): ApplyResult => ({ imported: 0, updated: 0, unchanged: 0, skipped: [], classComputed: 0, classUndecided: 0, classOverridden: [] });

function add(into: ApplyResult, r: ApplyResult): void {
  into.imported += r.imported;
  into.updated += r.updated;
  into.unchanged += r.unchanged;
  into.classComputed += r.classComputed;
  into.classUndecided += r.classUndecided;
  into.skipped.push(...r.skipped);
  into.classOverridden.push(...r.classOverridden);
}

/** Rows grouped so that all rows of one client (same normalized name) fall in one batch of about `size` rows. */
export function batchesOf(rows: ClientRow[], size: number): ClientRow[][] {
  const groups = new Map<string, ClientRow[]>();
  for (const r of rows) {
    const k = normalizeName(r.name);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const out: ClientRow[][] = [];
  let cur: ClientRow[] = [];
  for (const g of groups.values()) {
    cur.push(...g);
    if (cur.length >= size) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** A batch that met a busy store (the app writing, a dropped connection) is tried again a few times before giving up; nothing of it was committed. */
async function withRetry<T>(op: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await op();
    } catch (e) {
      if (attempt >= 6 || (codeOf(e) !== 'STORE_LOCKED' && codeOf(e) !== 'STORE_UNAVAILABLE')) throw e;
    }
  }
}

/** The summary as lines of Chinese text (CLI, Slack). */
export function importSummaryLines(s: ImportSummary): string[] {
  const lines = [
    `${s.dryRun ? '试导入（未保存）' : s.incomplete ? '导入未完成' : '导入完成'}：共${s.rows}行，新增${s.imported}个客户，更新${s.updated}个，无变化${s.unchanged}个，跳过${s.skipped.length}行。（编码：${s.encoding === 'gbk' ? 'GBK' : 'UTF-8'}）`,
  ];
  if (s.classComputed || s.classUndecided) {
    lines.push(`类别（2.3）：按财务数字确定${s.classComputed}个` + (s.classUndecided ? `；${s.classUndecided}个数字不全，类别暂未确定（保留表中“类别”列，如有）` : '') + '。');
  }
  if (s.incomplete) {
    lines.push(`已保存${s.savedRows}行；从第${s.incomplete.fromLine}行起的数据未保存（${s.incomplete.reason}）。再次导入同一文件即可补齐：已保存的客户只会更新，不会重复。`);
  }
  for (const o of s.classOverridden) lines.push(`第${o.line}行：表中类别为${o.given}类，按财务数字应为${o.computed}类，已按${o.computed}类记录。`);
  if (s.bareAmounts.count) {
    lines.push(
      `${s.bareAmounts.count}个金额没有单位，表头也未注明：小于100000的按万元、否则按元理解（与对话中的规则相同）。建议在表头注明单位，如“净资产(万元)”。`,
      ...s.bareAmounts.examples.map((e) => `  ${e}`),
    );
  }
  lines.push(...s.notes);
  if (s.ignoredHeaders.length) lines.push(`未识别的列（未导入）：${s.ignoredHeaders.join('、')}`);
  lines.push(...s.headerProblems);
  if (s.skipped.length) {
    lines.push('跳过的行：');
    for (const k of s.skipped) lines.push(`  第${k.line}行：${k.reason}`);
  }
  return lines;
}
