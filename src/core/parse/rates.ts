/**
 * Fee rates: 年费率12%, 月费率1%, 日费率0.05%, 2.4%/年, 日息万五, 费率2.4%.
 * A rate whose period is not written is read per year, with a note: 1.1 quotes
 * fees as %/年 (docs/parsing.md).
 */
import { lexicon } from '../tables/lexicon.js';
import type { Rate } from '../types.js';
import { error, note, setOnce, type Draft } from './draft.js';
import { ARABIC, CHINESE, fmt, readNumber } from './numerals.js';
import { MASK, sourceOf, take, view, type Scan } from './scan.js';
import { alternation } from './words.js';

const { periods, labels } = lexicon.rates;
const { maxRatePercent } = lexicon.limits;
type Per = Rate['per'];

/** A label that carries its period: 日息 → day, 年化 → year. */
const labelPeriod = (label: string | undefined): Per | undefined => (label && label.length > 1 && label !== '费率' && label !== '利率' && label !== '担保费率' ? periods[label[0] ?? ''] : undefined);

const P = Object.keys(periods).join('');
const NUM = `(?<![\\d.])(?<num>${ARABIC}|${CHINESE})`;
const LABEL = `(?:(?<![\\d${'一二两三四五六七八九十半个'}])(?<p1>[${P}])\\s*)?(?<label>${alternation(labels)})\\s*(?:[:=]|为|是)?\\s*`;
const SUFFIX = `(?:\\s*(?:/|每|一)\\s*(?<p2>[${P}]))?`;

const CN = '一二两三四五六七八九十';
/** 万N (万一, 万五) is a rate only when no term unit follows: 六百万一年 is 600万 and 一年 (docs/parsing.md). */
const FRACTION = `(?:万分之(?<wanfen>[${CN}]+|\\d+(?:\\.\\d+)?)|万(?<wan>[一二三四五六七八九]|\\d(?:\\.\\d+)?)(?![个年月周天日半期])|千分之(?<qian>[${CN}]+|\\d+(?:\\.\\d+)?)|百分之(?<bai>[${CN}]+|\\d+(?:\\.\\d+)?))`;
/** A period word not ending a term (the 月 of 一个月 is the term's): 日, 每天, 按月, 日费 (日费万四). */
const PERIOD = `(?:每|按)?(?<![\\d.${CN}半个])(?<p3>[${P}])\\s*(?:费\\s*)?`;

/** Readers in order: each pattern gives num (percent), a fraction (万分之N, 万N, 千分之N, 百分之N) or 分/厘, and periods. */
const patterns: RegExp[] = [
  // 日0.05%, 月1%: a period character right before a percentage (not the 月 of 3月 or 一个月: no numeral before it).
  new RegExp(`(?<![\\d.${CN}半个])(?<p1>[${P}])\\s*${NUM}\\s*%`, 'g'),
  // 一天千分之一, 每天万五, 每个月1%: a rate per period, written against it (一天 right before a rate is "per day", not a
  // term of one day; 一个月 1% stays a term and a rate).
  new RegExp(`(?:(?:一|每)(?<p1>[天日])|每个?(?<p3>[月年]))(?:${FRACTION}|${NUM}\\s*%)`, 'g'),
  new RegExp(`${LABEL}${NUM}\\s*(?:%|个点|(?<permille>‰))${SUFFIX}`, 'g'),
  new RegExp(`${NUM}\\s*(?:%|个点|(?<permille>‰))\\s*(?:/|每)\\s*(?<p2>[${P}])`, 'g'),
  new RegExp(`(?:每|按)(?<p1>[${P}])\\s*${NUM}\\s*%`, 'g'),
  new RegExp(`(?:${LABEL}|${PERIOD})${FRACTION}`, 'g'),
  // 万分之六/天, 千分之一每天, 万四一天: a fraction with its period after it (a term unit never follows 万N: FRACTION).
  new RegExp(`(?<![${CN}百千万亿零〇多余来\\d.])${FRACTION}\\s*(?:/|每|一)\\s*(?<p2>[${P}])`, 'g'),
  // 月息一分, 年息8厘: 分/厘 only after a label that carries its period (lexicon rates.fen).
  // 月息一分五 = 1.5分 (1分5 too), 八厘五 = 8.5厘: a digit after 分/厘 is its tenth, unless a numeral goes on (一分五十万).
  new RegExp(`${LABEL}(?<fen>\\d+(?:\\.\\d+)?|[${CN}半]+)\\s*(?<fu>分|厘)(?:(?<tail>[一二三四五六七八九]|\\d(?![\\d.]))厘?(?![${CN}百千万亿零]))?(?!之)`, 'g'),
  new RegExp(`${NUM}\\s*(?:%|个点|(?<permille>‰))`, 'g'),
  // Bare 万五/千分之一: never inside or right after a numeral (六百万一年, 1200多万一年 are an amount and a term).
  new RegExp(`(?<![${CN}百千万亿零〇多余来\\d.])${FRACTION}`, 'g'),
  // 费率2, 年化2.5: a number right after a rate word, ending the token with no unit of any kind, is a percent (never 2万).
  new RegExp(`${LABEL}(?<bare>${ARABIC})(?=$|[\\s${MASK},，。、;；!！?？)）])(?!\\s*(?:%|个点|‰|[万亿千百元块wWkK个年月天日周分厘]))`, 'g'),
];

const fenPercent = lexicon.rates.fen.percent;

function percentOf(g: Record<string, string | undefined>): { ok: true; value: number } | { ok: false; reason: string } {
  const scaled = (text: string, by: number) => {
    const n = readNumber(text);
    return n.ok ? { ok: true as const, value: n.value * by } : n;
  };
  if (g.wanfen) return scaled(g.wanfen, 1 / 100);
  if (g.wan) return scaled(g.wan, 1 / 100);
  if (g.qian) return scaled(g.qian, 1 / 10);
  if (g.bai) return scaled(g.bai, 1);
  if (g.fen && g.fu) {
    const per = (g.p1 ? periods[g.p1] : undefined) ?? labelPeriod(g.label);
    if (!per) return { ok: false, reason: '没有写明是年息、月息还是日息' };
    const n = readNumber(g.fen);
    const tail = g.tail ? readNumber(g.tail) : { ok: true as const, value: 0 };
    if (!n.ok) return n;
    if (!tail.ok) return tail;
    return { ok: true, value: (n.value + tail.value / 10) * fenPercent[per][g.fu as '分' | '厘'] };
  }
  if (g.permille) return scaled(g.num ?? '', 1 / 10);
  return readNumber(g.num ?? '');
}

function readOne(d: Draft, source: string, g: Record<string, string | undefined>): void {
  const n = percentOf(g.bare ? { ...g, num: g.bare } : g);
  if (g.bare && n.ok) note(d, `“${source}”没有写%，按${fmt(n.value)}%理解`);
  if (!n.ok) return error(d, `费率“${source}”无效：${n.reason}`);
  if (n.value <= 0) return error(d, `费率“${source}”无效：费率必须大于0`);
  if (n.value > maxRatePercent) return error(d, `费率“${source}”无效：超过${fmt(maxRatePercent)}%`);
  const p = g.p1 ?? g.p2 ?? g.p3;
  const per = (p ? periods[p] : undefined) ?? labelPeriod(g.label);
  if (!per) note(d, `“${source}”没有写明期间，按年费率理解`);
  const rate: Rate = { percent: Math.round(n.value * 1e6) / 1e6, per: per ?? 'year', source };
  const first = d.out.rate;
  setOnce(d, 'rate', per ? rate : { ...rate, perAssumed: true }, source);
  // Two different rates: neither is an agreed rate (the rules ask, never pick the first).
  if (first && (first.percent !== rate.percent || (per !== undefined && first.per !== per))) d.out.rate = { ...first, conflict: source };
}

/** 2.2%-2.5%, 2.2%到2.5%: a range is not one rate. */
const RANGE = new RegExp(`${NUM}\\s*(?:%|个点)?\\s*(?:-|~|～|—|到|至)\\s*(?<![\\d.])(?:${ARABIC})\\s*(?:%|个点)`, 'g');

/** 别家才收2%, 同行报万三: another company's rate, said by the client — never the rate of this quote. */
const OTHERS = new RegExp(
  `(?:${alternation(lexicon.rates.others)})\\s*(?:才|只|就|都|也)?\\s*(?:收|要|报|给|开|是|做)?了?\\s*(?:的)?\\s*(?:(?:[${P}]|年化|费率|利率)\\s*)?(?:${FRACTION}|${NUM}\\s*(?:%|个点))`,
  'g',
);

/** `text` without other companies' rates (别家才收2%): a quote that mentions one still asks our fee. */
export function withoutOthersRates(text: string): string {
  return text.replace(OTHERS, ' ');
}

/** 下个月能降到65%, 控制在60%: a figure the client expects, not a rate of this quote nor today's figure. */
const PROJECTED = new RegExp(`(?:降到|降至|降低到|降成|升到|升至|提高到|提到|涨到|达到|控制在|压到|压缩到)\\s*(?:${FRACTION}|${NUM}\\s*(?:%|个点))`, 'g');

export function readRates(s: Scan, d: Draft): void {
  for (const m of view(s).matchAll(PROJECTED)) {
    take(s, m.index, m.index + m[0].length);
    note(d, `“${sourceOf(s, m.index, m.index + m[0].length)}”是预计或目标的数字，不是现在的，没有使用`);
  }
  for (const m of view(s).matchAll(OTHERS)) {
    take(s, m.index, m.index + m[0].length);
    note(d, `“${sourceOf(s, m.index, m.index + m[0].length)}”是别家的费率，没有使用`);
  }
  for (const m of view(s).matchAll(RANGE)) {
    take(s, m.index, m.index + m[0].length);
    error(d, `费率“${sourceOf(s, m.index, m.index + m[0].length)}”是一个范围，请给出一个费率`);
  }
  const found: Array<{ source: string; groups: Record<string, string | undefined>; kind: 'fee' | 'interest' | 'plain' }> = [];
  for (const re of patterns) {
    for (const m of view(s).matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = view(s).slice(Math.max(0, start - 4), start);
      take(s, start, end);
      const label = m.groups?.label ?? '';
      const kind = /费/u.test(label) || /费\s*$/u.test(before) ? 'fee' : /息|利率/u.test(label) || /息\s*$/u.test(before) ? 'interest' : 'plain';
      found.push({ source: sourceOf(s, start, end), groups: m.groups ?? {}, kind });
    }
  }
  // 日息万五 担保费日万二: the loan's interest beside the guarantee fee is not a second fee rate (it was asked as two rates).
  const both = found.some((f) => f.kind === 'fee') && found.some((f) => f.kind === 'interest');
  for (const f of found) {
    if (both && f.kind === 'interest') note(d, `“${f.source}”是借款利息，不是担保费率，没有使用`);
    else readOne(d, f.source, f.groups);
  }
}
