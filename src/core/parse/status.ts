/**
 * New or returning client (1.1 quotes 新客户 and 老客户 differently outside Hefei).
 * 新/老 alone count only as a whole token (新 500万, 外地老 after 外地 is read);
 * never inside 新站 (a district, read earlier as a place), 老板 or 新增 (shields).
 * A negated status flips (不是老客户 → new); a status word followed by 介绍/推荐 describes the
 * referrer (老客户介绍来的新客户 → new); two different statuses are asked, never the first taken.
 */
import { lexicon } from '../tables/lexicon.js';
import type { ClientStatus } from '../types.js';
import { ambiguous, note, setOnce, type Draft } from './draft.js';
import { MASK, sourceOf, take, view, type Scan } from './scan.js';
import { alternation, escapeRe, takeWords } from './words.js';

const { words, standalone, negations, referrals } = lexicon.status;
const statusByWord = new Map<string, ClientStatus>(words.map((w) => [w.word, w.status]));
const statusWords = [...statusByWord.keys()];

/** Token edges: start/end, whitespace, punctuation, used text. */
const EDGE = `\\s${MASK},，。、;；:：!！?？~～()（）`;
const STANDALONE = new RegExp(`(?<=^|[${EDGE}])(?<word>${Object.keys(standalone).map(escapeRe).join('|')})(?:的)?(?=$|[${EDGE}])`, 'g');
const NEGATED = new RegExp(`(?:${alternation(negations)})\\s*$`);
const REFERRER = new RegExp(`^\\s*(?:${alternation(referrals)})`);
/**
 * A verb negated across who it was done with: 没跟我们合作过, 从来没在咱这做过, 未与我司合作 — the 没 is not next to the
 * status word, so NEGATED misses it.
 */
const NEGATED_WITH = /(?:没有?|未|从没有?|从未|从来没有?)\s*(?:[跟和与同在找]\s*(?:我们|咱们|我司|我公司|本公司|公司|咱)(?:这边|这里|这儿|这)?)\s*$/u;
const flip = (st: ClientStatus): ClientStatus => (st === 'new' ? 'returning' : 'new');

/** Status from key=value words new/returning or any status word. */
export function statusFromWord(word: string): ClientStatus | undefined {
  const w = word.trim().toLowerCase();
  if (w === 'new' || w === 'returning') return w;
  if (w === 'old') return 'returning';
  return statusByWord.get(w) ?? standalone[w];
}

interface StatusHit {
  status: ClientStatus;
  start: number;
  end: number;
}

export function readStatus(s: Scan, d: Draft): void {
  const text = view(s);
  const hits: StatusHit[] = [];
  for (const hit of takeWords(s, statusWords, true)) {
    const st = statusByWord.get(hit.word);
    if (st) hits.push({ status: st, start: hit.start, end: hit.end });
  }
  for (const m of view(s).matchAll(STANDALONE)) {
    const st = standalone[m.groups?.word ?? ''];
    if (!st) continue;
    take(s, m.index, m.index + m[0].length);
    hits.push({ status: st, start: m.index, end: m.index + m[0].length });
  }
  const kept: Array<StatusHit & { source: string }> = [];
  for (const h of hits.sort((a, b) => a.start - b.start)) {
    const neg = NEGATED.exec(text.slice(Math.max(0, h.start - 4), h.start)) ?? NEGATED_WITH.exec(text.slice(Math.max(0, h.start - 12), h.start));
    const start = neg ? h.start - neg[0].length : h.start;
    take(s, start, h.end);
    const source = sourceOf(s, start, h.end);
    // 是不是老客户 is a question, not an answer: no status from it.
    if (neg && text[start - 1] === '是' && neg[0].startsWith('不')) continue;
    if (!neg && REFERRER.test(text.slice(h.end, h.end + 4))) {
      note(d, `“${source}”是介绍人，不用于判断本客户的新老`);
      continue;
    }
    kept.push({ ...h, status: neg ? flip(h.status) : h.status, start, source });
  }
  const distinct = new Set(kept.map((h) => h.status));
  if (distinct.size > 1 && d.out.clientStatus === undefined) {
    ambiguous(
      d,
      'clientStatus',
      kept.map((h) => h.source),
    );
    return;
  }
  for (const h of kept) setOnce(d, 'clientStatus', h.status, h.source);
}
