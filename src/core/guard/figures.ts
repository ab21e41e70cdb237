/**
 * The figure guard: every figure in a model's rewording must be one the core said.
 *
 * `extractFigures` reads a text into figures of a kind and a normalised value, so that
 * `90,000元` = `9万元` = `九万元` = `９万`, `10%` = `百分之十`, `9万–15万元` = `9万元至15万元`,
 * `2026-12-01` = `2026年12月1日`, `1.3` (a section) ≠ `1.3万` (money), `三个月` = `3个月`.
 * `checkFigures` compares the core's text with the candidate as multisets of (kind, value).
 * Readings are listed in docs/llm.md; both sides always go through the same reader.
 */
import { normalize } from '../parse/normalize.js';
import { CHINESE_DECIMAL, fmt, PLAIN_ARABIC, readNumber } from '../parse/numerals.js';

/** A number as the one reader reads it; null when it is not one (refused: see core/parse/numerals.ts). */
function readAnyNumber(s: string): number | null {
  const r = readNumber(s);
  return r.ok ? r.value : null;
}

/**
 * The core's one normaliser (core/parse/normalize.ts: traditional → simplified, full-width →
 * half-width, 大写 numerals) after the guard's own step, done first so that both are one unit for
 * one: every dash or tilde → '–' (9万－15万 and 9万~15万 are the same range), odd spaces → space.
 * Both the core's text and the model's go through it.
 * @example normalizeText('９万－１５萬元') // '9万–15万元'
 */
function normalizeText(text: string): string {
  return normalize(text.replace(/[—―－~～〜−]/g, '–').replace(/[\u00A0\u2009\u202F]/g, ' '));
}

export type FigureKind = 'money' | 'money-range' | 'percent' | 'percent-range' | 'count' | 'count-range' | 'date' | 'year' | 'time' | 'section' | 'article' | 'ordinal' | 'number';

export interface Figure {
  kind: FigureKind;
  /** Normalised value: money in 元 ('90000'), percent ('1.8'), count ('3月'), range ('90000–150000'), date ('12-01'). */
  value: string;
  /** What a reader may leave out: the year of a date ('2026'), the period of a rate ('年' | '日' | '月'). */
  qualifier?: string;
  /** The text it was read from (normalised). */
  text: string;
}

export type FigureCheck = { ok: true } | { ok: false; changed: string[]; added: string[]; dropped: string[] };

export interface CheckOptions {
  /**
   * 'bounded' (default): each figure of the core must appear at least once, and no figure may appear
   * more often than the core said it (the core repeats figures in title, body and fields; a rewording
   * may say them once). 'exact': the same number of times.
   */
  counts?: 'bounded' | 'exact';
}

// ---------------------------------------------------------------------------------------------
// Scanning

const CN1 = '[零〇一二两三四五六七八九十]{1,3}';
const MD = `(\\d{1,2}|${CN1})`;
const YEAR = '((?:19|20)\\d{2}|二[〇零][〇零一二三四五六七八九]{2})';
const NUM = `(${PLAIN_ARABIC}|${CHINESE_DECIMAL}|半)`;

const sticky = (src: string) => new RegExp(src, 'y');
const RX = {
  dateFull: sticky(`${YEAR}\\s*(?:年|[-/.])\\s*${MD}\\s*(?:月|[-/.])\\s*${MD}\\s*[日号]?(?![\\d.])`),
  yearMonth: sticky(`${YEAR}\\s*年\\s*${MD}\\s*月`),
  year: sticky(`${YEAR}\\s*年`),
  monthDay: sticky(`${MD}\\s*月\\s*${MD}\\s*[日号]`),
  month: sticky(`${MD}\\s*月(?!\\s*(?:费率|利率|息))`),
  time: sticky('(\\d{1,2})[:：](\\d{2})(?!\\d)'),
  sectionExplicit: sticky(`第\\s*(\\d+(?:\\.\\d+)*|${CHINESE_DECIMAL})\\s*(?:节|章|部分|篇)`),
  article: sticky(`第\\s*(\\d+|${CHINESE_DECIMAL})\\s*条`),
  ordinal: sticky(`第\\s*(\\d+|${CHINESE_DECIMAL})`),
  sectionDotted: sticky('([1-9]\\d*(?:\\.\\d+){2,})(?![\\d.])(?:\\s*节)?'),
  sectionWord: sticky('([1-9]\\d*\\.\\d+)\\s*节'),
  percentWord: sticky(`(百分之|千分之)\\s*(\\d+(?:\\.\\d+)?|${CHINESE_DECIMAL})`),
  yuanSign: sticky(`[¥￥]\\s*(${PLAIN_ARABIC})(?:\\s*(千万|百万|万亿|亿|万))?(?:\\s*元)?`),
  number: sticky(NUM),
  listMarker: sticky('\\d{1,2}[.、)）](?!\\d)'),
};
const UNIT = sticky(
  [
    '(?<pct>%|‰|个百分点|百分点)(?:[ \\t]*(?:\\/|每)[ \\t]*(?<per>年|日|天|月))?',
    '(?<mmul>千万|百万|万亿|亿|万|千|百)?(?<yuan>元|块钱|块)',
    '(?<mbare>千万|百万|万亿|亿|万|千)',
    '(?<cnt>个工作日|工作日|个季度|季度|个星期|星期|个小时|小时|分钟|个月|周|天|日|年|个阶段|阶段|个|种|项|家|位|名|人|笔|次(?!性)|份|条|步|类|户|倍|岁|轮|套|台|亩|平方米|吨|张|页)',
  ].join('|'),
);
const TIME_UNITS = new Set(['工作日', '季度', '周', '小时', '分钟', '月', '天', '年']);
const MONEY_MULT: Readonly<Record<string, number>> = { 千万: 1e7, 百万: 1e6, 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 };
const PERIOD_BEFORE = /(年费率|年化|年利率|年率|每年|日费率|日利率|日息|每日|每天|月费率|月利率|月息|每月)[^\d%\n]{0,3}$/;
const RANGE_GAP = /^\s*(?:–|-|至|到)\s*$/;

type Unit = { u: 'money'; mult: number } | { u: 'percent'; mult: number; per?: string } | { u: 'count'; name: string } | { u: 'none' };

interface NumTok {
  t: 'num';
  n: number;
  unit: Unit;
  chinese: boolean;
  /** A bare dotted number (1.3) or a line-leading "1 公司…": read as a section when nothing joins it. */
  sectionLike: boolean;
  start: number;
  end: number;
}
interface FigTok {
  t: 'fig';
  fig: Omit<Figure, 'text'>;
  start: number;
  end: number;
}
type Tok = NumTok | FigTok;

function period(word: string | undefined): string | undefined {
  if (!word) return undefined;
  if (word.includes('年')) return '年';
  if (word.includes('月')) return '月';
  return '日';
}

function readMD(s: string | undefined): number | null {
  return s === undefined ? null : readAnyNumber(s);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dateValue(m: number | null, d: number | null): string | null {
  if (m === null || !Number.isInteger(m) || m < 1 || m > 12) return null;
  if (d === null) return pad(m);
  if (!Number.isInteger(d) || d < 1 || d > 31) return null;
  return `${pad(m)}-${pad(d)}`;
}

function countName(raw: string): string {
  if (raw === '日') return '天';
  if (raw === '星期' || raw === '个星期') return '周';
  return raw.length > 1 && raw.startsWith('个') ? raw.slice(1) : raw;
}

function readUnit(s: string, at: number, before: string): { unit: Unit; end: number } {
  let pos = at;
  while (s[pos] === ' ') pos++;
  UNIT.lastIndex = pos;
  const m = UNIT.exec(s);
  const g = m?.groups;
  if (!m || !g) return { unit: { u: 'none' }, end: at };
  const end = pos + m[0].length;
  if (g.pct) {
    const per = period(g.per) ?? period(PERIOD_BEFORE.exec(before)?.[1]);
    return { unit: { u: 'percent', mult: g.pct === '‰' ? 0.1 : 1, ...(per ? { per } : {}) }, end };
  }
  if (g.yuan) return { unit: { u: 'money', mult: g.mmul ? (MONEY_MULT[g.mmul] ?? 1) : 1 }, end };
  if (g.mbare) return { unit: { u: 'money', mult: MONEY_MULT[g.mbare] ?? 1 }, end };
  if (g.cnt) return { unit: { u: 'count', name: countName(g.cnt) }, end };
  return { unit: { u: 'none' }, end: at };
}

const START = /[\d零〇一二两三四五六七八九十第百千半¥￥]/;

function atLineStart(s: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = s[k];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '•' && c !== '*' && c !== '-' && c !== '–') return false;
  }
  return true;
}

function tryAt(s: string, i: number): { tok?: Tok; end: number } | null {
  const exec = (rx: RegExp) => {
    rx.lastIndex = i;
    return rx.exec(s);
  };
  const fig = (kind: FigureKind, value: string, end: number, qualifier?: string): { tok: Tok; end: number } => ({
    tok: { t: 'fig', fig: { kind, value, ...(qualifier ? { qualifier } : {}) }, start: i, end },
    end,
  });
  let m: RegExpExecArray | null;
  const c = s[i] ?? '';

  if (/[\d二]/.test(c)) {
    if ((m = exec(RX.dateFull))) {
      const v = dateValue(readMD(m[2]), readMD(m[3]));
      if (v) return fig('date', v, i + m[0].length, fmt(readAnyNumber(m[1] ?? '') ?? 0));
    }
    if ((m = exec(RX.yearMonth))) {
      const v = dateValue(readMD(m[2]), null);
      if (v) return fig('date', v, i + m[0].length, fmt(readAnyNumber(m[1] ?? '') ?? 0));
    }
    if ((m = exec(RX.year))) return fig('year', fmt(readAnyNumber(m[1] ?? '') ?? 0), i + m[0].length);
  }
  if (c === '第') {
    if ((m = exec(RX.sectionExplicit))) {
      const raw = m[1] ?? '';
      const v = /^\d/.test(raw) ? raw.split('.').map(Number).join('.') : fmt(readAnyNumber(raw) ?? 0);
      return fig('section', v, i + m[0].length);
    }
    if ((m = exec(RX.article))) return fig('article', fmt(readAnyNumber(m[1] ?? '') ?? 0), i + m[0].length);
    if ((m = exec(RX.ordinal))) return fig('ordinal', fmt(readAnyNumber(m[1] ?? '') ?? 0), i + m[0].length);
    return null;
  }
  if (c === '百' || c === '千') {
    if ((m = exec(RX.percentWord))) {
      const n = readAnyNumber(m[2] ?? '');
      if (n === null) return null;
      const end = i + m[0].length;
      const after = /^[ \t]*(?:\/|每)[ \t]*(年|日|天|月)/.exec(s.slice(end));
      const per = period(after?.[1]) ?? period(PERIOD_BEFORE.exec(s.slice(Math.max(0, i - 12), i))?.[1]);
      const unit: Unit = { u: 'percent', mult: m[1] === '千分之' ? 0.1 : 1, ...(per ? { per } : {}) };
      return { tok: { t: 'num', n, unit, chinese: true, sectionLike: false, start: i, end: end + (after?.[0].length ?? 0) }, end: end + (after?.[0].length ?? 0) };
    }
    return null;
  }
  if (c === '¥' || c === '￥') {
    if ((m = exec(RX.yuanSign))) {
      const n = readAnyNumber(m[1] ?? '');
      if (n === null) return null;
      const unit: Unit = { u: 'money', mult: m[2] ? (MONEY_MULT[m[2]] ?? 1) : 1 };
      return { tok: { t: 'num', n, unit, chinese: false, sectionLike: false, start: i, end: i + m[0].length }, end: i + m[0].length };
    }
    return null;
  }
  if (/\d/.test(c)) {
    if ((m = exec(RX.time))) return fig('time', `${Number(m[1])}:${m[2]}`, i + m[0].length);
    if ((m = exec(RX.sectionDotted)) || (m = exec(RX.sectionWord))) {
      return fig('section', (m[1] ?? '').split('.').map(Number).join('.'), i + m[0].length);
    }
    if (atLineStart(s, i) && (m = exec(RX.listMarker))) return { end: i + m[0].length };
  }
  if ((m = exec(RX.monthDay))) {
    const v = dateValue(readMD(m[1]), readMD(m[2]));
    if (v) return fig('date', v, i + m[0].length);
  }
  if ((m = exec(RX.month))) {
    const v = dateValue(readMD(m[1]), null);
    if (v) return fig('date', v, i + m[0].length);
  }
  if ((m = exec(RX.number))) {
    const raw = m[1] ?? '';
    const n = readAnyNumber(raw);
    const numEnd = i + raw.length;
    if (n === null) {
      // Refused by the reader (三五年, 五百万万元): with a unit it is a figure of its own text, so a
      // model that writes one the core did not fails the check instead of slipping past it.
      const u = readUnit(s, numEnd, '');
      return u.unit.u === 'none' ? { end: numEnd } : fig('number', `?${s.slice(i, u.end)}`, u.end);
    }
    const chinese = !/^\d/.test(raw);
    let { unit, end } = readUnit(s, numEnd, s.slice(Math.max(0, i - 12), i));
    // A Chinese numeral holding 万/亿 is an amount of money (九万 = 90,000元).
    if (unit.u === 'none' && chinese && /[万亿]/.test(raw)) unit = { u: 'money', mult: 1 };
    // 一 before a measure word is an article (一个客户, 一家企业), not a figure; 一个月 is a term.
    if (chinese && n === 1 && unit.u === 'count' && !TIME_UNITS.has(unit.name)) return { end };
    if (raw === '半' && !(unit.u === 'count' && TIME_UNITS.has(unit.name))) return { end };
    const dotted = /^[1-9]\d*\.\d+$/.test(raw);
    const lineSection = /^[1-9]\d?$/.test(raw) && atLineStart(s, i) && /^ [\u4e00-\u9fff]/.test(s.slice(numEnd, numEnd + 2));
    return {
      tok: { t: 'num', n, unit, chinese, sectionLike: unit.u === 'none' && (dotted || lineSection), start: i, end },
      end,
    };
  }
  return null;
}

function scan(s: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] ?? '';
    if (!START.test(c)) {
      i++;
      continue;
    }
    // Digits glued to letters are identifiers (U123ABC, v2), not figures.
    if (/\d/.test(c) && i > 0 && /[A-Za-z_]/.test(s[i - 1] ?? '')) {
      while (i < s.length && /[A-Za-z0-9_]/.test(s[i] ?? '')) i++;
      continue;
    }
    const r = tryAt(s, i);
    if (!r) {
      i++;
      continue;
    }
    if (r.tok) toks.push(r.tok);
    i = Math.max(r.end, i + 1);
  }
  return toks;
}

// ---------------------------------------------------------------------------------------------
// Tokens → figures

function sameUnit(a: Unit, b: Unit): boolean {
  if (a.u !== b.u) return false;
  if (a.u === 'count' && b.u === 'count') return a.name === b.name;
  return true;
}

/** Two numbers joined by –, -, 至 or 到 form a range; a bare first bound takes the second's unit (9–15万元). */
function joinable(a: NumTok, b: NumTok, gap: string): Unit | null {
  if (!RANGE_GAP.test(gap) || b.unit.u === 'none') return null;
  if (a.unit.u === 'none') return b.unit;
  return sameUnit(a.unit, b.unit) ? b.unit : null;
}

function single(n: number, unit: Unit): Omit<Figure, 'text'> | null {
  switch (unit.u) {
    case 'money':
      return { kind: 'money', value: fmt(Math.round(n * unit.mult * 100) / 100) };
    case 'percent':
      return { kind: 'percent', value: fmt(n * unit.mult), ...(unit.per ? { qualifier: unit.per } : {}) };
    case 'count':
      return { kind: 'count', value: `${fmt(n)}${unit.name}` };
    case 'none':
      return null;
  }
}

function bareFigure(tok: NumTok): Omit<Figure, 'text'> | null {
  if (tok.sectionLike) return { kind: 'section', value: fmt(tok.n) === String(tok.n) ? String(tok.n) : fmt(tok.n) };
  // A bare Chinese numeral (一般, 之一, 统一) is wording, not a figure.
  if (tok.chinese) return null;
  return { kind: 'number', value: fmt(tok.n) };
}

function rangeOf(a: NumTok, b: NumTok, unit: Unit): Omit<Figure, 'text'> {
  const aUnit: Unit = a.unit.u === 'none' ? unit : a.unit;
  const lo = single(a.n, aUnit);
  const hi = single(b.n, unit);
  const value = `${lo?.value ?? ''}–${hi?.value ?? ''}`;
  const per = (a.unit.u === 'percent' ? a.unit.per : undefined) ?? (unit.u === 'percent' ? unit.per : undefined);
  return { kind: `${lo?.kind ?? 'number'}-range` as FigureKind, value, ...(per ? { qualifier: per } : {}) };
}

/**
 * Every figure of a text, in order of appearance.
 * @example extractFigures('担保费9万–15万元（1.1）') // [{ kind: 'money-range', value: '90000–150000', … }, { kind: 'section', value: '1.1', … }]
 */
export function extractFigures(text: string): Figure[] {
  const s = normalizeText(text);
  const toks = scan(s);
  const out: Figure[] = [];
  for (let k = 0; k < toks.length; k++) {
    const a = toks[k];
    if (!a) continue;
    if (a.t === 'fig') {
      out.push({ ...a.fig, text: s.slice(a.start, a.end) });
      continue;
    }
    const b = toks[k + 1];
    if (b && b.t === 'num') {
      const unit = joinable(a, b, s.slice(a.end, b.start));
      if (unit) {
        out.push({ ...rangeOf(a, b, unit), text: s.slice(a.start, b.end) });
        k++;
        continue;
      }
    }
    const f = a.unit.u === 'none' ? bareFigure(a) : single(a.n, a.unit);
    if (f) out.push({ ...f, text: s.slice(a.start, a.end) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comparison

const keyOf = (f: Figure) => `${f.kind}|${f.value}|${f.qualifier ?? ''}`;

/**
 * A candidate figure may leave out what the core's figure carries as a qualifier (the year of a
 * date, the period of a rate): `12月1日` reads as `2026-12-01` when the core said 2026-12-01.
 * It may not add or change one.
 */
function resolve(candidate: Figure[], core: Figure[]): Figure[] {
  return candidate.map((c) => {
    if (c.qualifier !== undefined) return c;
    const match = core.find((d) => d.kind === c.kind && d.value === c.value && d.qualifier !== undefined);
    return match ? { ...c, qualifier: match.qualifier } : c;
  });
}

function tally(figs: Figure[]): Map<string, Figure[]> {
  const m = new Map<string, Figure[]>();
  for (const f of figs) {
    const k = keyOf(f);
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  }
  return m;
}

/**
 * Compares the core's text with a candidate (a model's rewording) figure by figure.
 * Order and wording are free; a figure changed, added or dropped fails.
 * @example checkFigures('费率1.8%', '年费率为百分之一点八') // { ok: true }
 * @example checkFigures('费率1.8%', '费率1.5%') // { ok: false, changed: ['1.8% → 1.5%'], added: [], dropped: [] }
 */
export function checkFigures(deterministic: string, candidate: string, opts: CheckOptions = {}): FigureCheck {
  const core = extractFigures(deterministic);
  const cand = resolve(extractFigures(candidate), core);
  const want = tally(core);
  const got = tally(cand);
  const dropped: Figure[] = [];
  const added: Figure[] = [];
  for (const [k, list] of want) {
    const n = got.get(k)?.length ?? 0;
    const missing = opts.counts === 'exact' ? list.length - n : n === 0 ? 1 : 0;
    for (let j = 0; j < missing; j++) dropped.push(list[0] as Figure);
  }
  for (const [k, list] of got) {
    const extra = list.length - (want.get(k)?.length ?? 0);
    for (let j = 0; j < extra; j++) added.push(list[j] as Figure);
  }
  if (dropped.length === 0 && added.length === 0) return { ok: true };
  // A dropped and an added figure of the same family (money, money-range) read as one changed figure.
  const family = (f: Figure) => f.kind.replace(/-range$/, '');
  const changed: string[] = [];
  for (let d = 0; d < dropped.length; d++) {
    const was = dropped[d] as Figure;
    const j = added.findIndex((x) => family(x) === family(was));
    if (j < 0) continue;
    changed.push(`${was.text} → ${(added[j] as Figure).text}`);
    added.splice(j, 1);
    dropped.splice(d, 1);
    d--;
  }
  return { ok: false, changed, added: added.map((f) => f.text), dropped: dropped.map((f) => f.text) };
}
