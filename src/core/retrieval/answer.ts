/**
 * Handbook questions → a short answer quoting the passage, with section number and title;
 * or "手册未涉及" when the handbook has nothing on it (never a guess).
 *
 * @example answerQuestion('谈判分几个阶段').key    // → 'handbook.answer', vars.sections '8.3.1'
 * @example answerQuestion('今天天气怎么样').key    // → 'handbook.not_covered'
 */
import type { Passage, Section } from '../handbook/schema.js';
import { parseInput } from '../parse/index.js';
import { reply, type Reply } from '../reply.js';
import { childrenOf, sectionById, sections } from './handbook.js';
import { answerCues, askedLabels, figurePattern, nextCues, type QuestionType, questionType } from './question-type.js';
import { remember } from './memory.js';
import { normalize } from './normalize.js';
import { askedRate, namedProductSections, productSections, rateSections, type RateKind, saysOfRate, statesRate, unstatedRate } from './rates.js';
import { type OutOfScope, outOfScope } from './scope.js';
import {
  coverage,
  CHOICE_ASKED,
  handbookIndex,
  coverageOf,
  looseCharacters,
  cutStopPhrases,
  FORM_CUES,
  definesSubject,
  ITEM_LABEL,
  unitDoc,
  idfOf,
  LIST_CUES,
  parseQuery,
  type Query,
  rankSections,
  type SectionHit,
  scoreUnits,
  SYNONYM_WEIGHT,
  titleMatch,
  type UnitHit,
} from './search.js';
import { expansions, synonymGroups } from './synonyms.js';
import { type Terms, words } from './tokenize.js';

/**
 * Calibrated on test/eval/qa.jsonl (docs/handbook-data.md): a result is answered when its score is at
 * least SCORE_MIN and either the question's words are found in the section (COVERAGE_MIN) or the score
 * is high enough on its own (SCORE_SURE, for colloquial or misspelt questions).
 */
export const SCORE_MIN = 9;
export const COVERAGE_MIN = 0.35;
export const SCORE_SURE = 20;
/**
 * A short question scores low however well it matches (客户谈着谈着发火了咋办: 8.8): it is answered from SCORE_FLOOR when
 * the section covers every word the question's coverage counts, and it counts at least FLOOR_WORDS of them
 * (off-topic questions below SCORE_MIN cover at most a quarter of their words in every set).
 */
export const SCORE_FLOOR = 6;
const FLOOR_WORDS = 2;
/**
 * A question of one counted word that is a manager's word for a handbook concept (扫街, 谈崩了咋办): the section has it only
 * through its synonym group (逐户, 僵局), and a synonym scores at SYNONYM_WEIGHT, so even a perfect match stays under
 * SCORE_FLOOR (3.7, 5.4). Answered from SCORE_SHORT when the section covers that word and says it only through the group: the
 * groups are handbook concepts (data/synonyms.json), so an off-topic word (曼联, 名片) — found directly or not at all — is
 * never let through by this rule; nor is a question saying more than that word (饭局喝什么酒: 喝, 酒 are content the
 * segmenter left as single characters, `looseCharacters`).
 */
export const SCORE_SHORT = 3;
/** A second section is shown when it scores at least this share of the first. */
export const CLOSE_RATIO = 0.85;

/** The second section's line is shown when at most this long (else its title only: never a cut line). */
const SEE_ALSO_CHARS = 100;
/** Longest quoted text, in characters. */
const MAX_CHARS = 180;
const MAX_ITEMS = 8;
/** "How" questions are also best answered by a list of steps or principles when a section has one. */
const HOW = /怎么|如何|怎样/;
/** … and so are questions asking in what ways or forms (反担保能接受啥形式): the list of members (抵押,质押,保证反担保) answers. */
const WAYS = /(?:什么|啥)(?:方式|形式)/u;
const TRUNCATED_MARK = '（原文到此中断）';
/** An enumeration question takes the section's best list when it scores at least this share of the best unit. */
const LIST_NEAR = 0.5;
/** One item is quoted alone when it scores this many times the next item. */
const ITEM_MARGIN = 1.3;
const LIST_ITEM_MARGIN = 1.6;
/** In a run of text passages, sentences of the best-ranked passage count this much more when quoting. */
const PREFER_PASSAGE = 1.5;

export interface SearchResult {
  id: string;
  title: string;
  score: number;
  /** The passage that answers, as plain lines joined by '\n' (lists as '• ' lines). */
  passage: string;
}

/** The k best sections for a question, with the passage each would be quoted by. */
export function searchSections(text: string, k = 5): SearchResult[] {
  const q = parseQuery(text);
  const hits = scoreUnits(q);
  return rankSections(hits)
    .slice(0, k)
    .map((h) => ({ id: h.id, title: h.title, score: round(h.score), passage: passageLines(q, hits, h, questionType(text)).lines.join('\n') }));
}

export function answerQuestion(text: string): Reply {
  const lacking = outOfScope(text);
  if (lacking) return notCovered(undefined, 0, lacking);
  // A rate question about a product whose section states no such rate (投标保函费率, 民间借贷月息): 手册未涉及.
  const unstated = unstatedRate(text);
  if (unstated) return unstatedRateReply(unstated.section, unstated.kind);
  const rate = askedRate(text);
  const named = rate ? namedProductSections(text) : [];
  const q = parseQuery(text);
  const hits = scoreUnits(q);
  let ranked = namedTopicNearTop(q, coveredNearTop(q, nearTiesByCoverage(q, remember(q, rankSections(hits)))));
  const top = ranked[0];
  const covered = top ? coverageOf(q, top.id) : { share: 0, counted: 0, words: [], missed: [], direct: 0 };
  const cov = covered.share;
  const type = figureType(text, questionType(text));
  const parent = parentByTitle(q, type, top);
  if (parent) return overviewReply(q, parent, round(top?.score ?? 0), cov);
  const fullyCovered = cov === 1 && covered.counted >= FLOOR_WORDS;
  const conceptWord = cov === 1 && covered.counted === 1 && covered.direct === 0 && looseCharacters(q).length === 0;
  if (!top || top.score < (fullyCovered ? SCORE_FLOOR : conceptWord ? SCORE_SHORT : SCORE_MIN) || (cov < COVERAGE_MIN && top.score < SCORE_SURE)) {
    return notCovered(
      top,
      cov,
      null,
      ranked.slice(0, 3).map((h) => h.id),
    );
  }
  // A product section found only through generic words (担保公司会不会倒闭: 担保, 公司 are in 1.6's law text) does not
  // answer what the question asks (倒闭): 手册未涉及, never that product's figures.
  if (productSections.has(top.id) && onlyGenericFound(covered))
    return notCovered(
      top,
      cov,
      null,
      ranked.slice(0, 3).map((h) => h.id),
    );
  const family = overviewSection(q, type, ranked);
  if (family) return overviewReply(q, family, round(top.score), cov);
  ranked = choiceParent(q, ranked);
  if (type === 'how_much' || type === 'how_long') {
    const chosen = specificSection(q, type, ranked);
    if (chosen !== top) ranked = [chosen, ...ranked.filter((h) => h !== chosen)];
  }
  const first = ranked[0]!;
  // … and one naming no product whose answer would be a product section stating none (no other product's figure).
  if (rate && named.length === 0 && productSections.has(first.id) && !statesRate(first.unit.section, rate)) return unstatedRateReply(first.unit.section, rate);
  const second = ranked.slice(1).find((h) => h.score >= CLOSE_RATIO * first.score && coverage(q, h.id) >= COVERAGE_MIN);
  const shown = second ? [first, second] : [first];
  const quoted = passageLines(q, hits, first, type);
  const body = [...quoted.lines];
  if (second) {
    const first =
      passageLines(q, hits, second, type)
        .lines.find((l) => !l.startsWith('*'))
        ?.replace(/^• /, '') ?? '';
    body.push(`另见 *${label(second)}*${[...first].length <= SEE_ALSO_CHARS ? `：${first}` : ''}`);
  }
  const context = [`出处：《产品与营销》${shown.map(label).join('；')}`];
  if (quoted.partial) context.push(`全文见 ${label(first)}`);
  if (first.unit.section.truncated) context.push(`${first.id} 原文到此中断，后文缺失`);
  return reply('handbook.answer', {
    title: `手册 ${label(first)}`,
    vars: { sections: shown.map((h) => h.id).join(','), score: round(first.score), coverage: round(cov) },
    body,
    context,
    sections: shown.map((h) => h.id),
  });
}

/**
 * A rate the handbook does not state for the section asked about: 手册未涉及, with what the section does say of
 * that kind (1.2: 担保费和利息按日计算) — never a rate of another product or another kind. No section: a kind the
 * handbook never names (保证金, 手续费), asked of no product.
 */
function unstatedRateReply(s: Section | undefined, kind: RateKind): Reply {
  const says = s ? saysOfRate(s, kind) : [];
  const stated = rateSections(kind).flatMap((id) => {
    const x = sectionById(id);
    return x ? [`${x.id} ${x.title}`] : [];
  });
  return reply('handbook.not_covered', {
    title: '手册未涉及',
    vars: { score: 0, coverage: 0, nearest: s?.id ?? null, topic: 'unstated_rate', word: kind.id },
    body: [
      `手册《产品与营销》${s ? `${s.id} ${s.title}` : ''}没有写${kind.label}的具体数字。我不做猜测，也不拿别的产品的费率或数字来套；实际${s ? '收费' : '标准'}以公司规定为准，请向业务部门确认。`,
      ...(s && says.length > 0 ? [`手册 ${s.id} 关于这一点只写了：`, ...says.map((x) => `• ${x}`)] : []),
      stated.length > 0 ? `手册写明${kind.label}的只有：${stated.join('；')}（可以直接问）。` : `手册没有写任何产品的${kind.label}。`,
    ],
    context: s ? [`出处：《产品与营销》${s.id} ${s.title}`] : [],
    sections: [],
  });
}

const MAY_STATE_FIGURE = /[\d０-９一两二三四五六七八九十半百千]\s*(?:个?月|年|天|日|周|星期|万|亿|元|块)/u;

/**
 * A can-we question stating a term or an amount (借半年能担吗, 贷3500万一笔能担吗) is decided by the sentence stating
 * the limit on it (最长不超过三个月, 单笔担保金额可达3000万元): answered as how-long / how-much.
 */
function figureType(text: string, type: QuestionType): QuestionType {
  // The parser runs only when a number with a unit is there (a cheap look first: it is on every DM's path).
  if ((type !== 'can' && type !== 'other') || !MAY_STATE_FIGURE.test(text)) return type;
  const input = parseInput(text);
  if (input.term) return 'how_long';
  if (input.amount) return 'how_much';
  // … and a term the parser does not read as a figure (四五十天, 个把月): still a term, decided by the limit on it.
  return SPOKEN_TERM.test(text) ? 'how_long' : type;
}

/** A spoken, approximate term of days, weeks or months (四五十天, 一两个月, 二三十天): MAY_STATE_FIGURE's duration part. */
const SPOKEN_TERM = /[一两二三四五六七八九十半]{2,}\s*(?:个月|天|周|星期)/u;

/**
 * Words every part of the handbook uses (担保, 公司, 银行, 客户 …): found alone in a product section they say nothing of
 * what is asked. A product's own name (贷款担保, 投标保函) is not among them.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['担保', '公司', '担保公司', '银行', '客户', '企业', '我们', '咱们', '老板', '业务']);

/** True when coverage counted a word the section lacks and found only generic words (`coverageOf`'s words, missed). */
function onlyGenericFound(covered: { words: readonly string[]; missed: readonly string[] }): boolean {
  return covered.missed.length > 0 && covered.words.every((w) => GENERIC_WORDS.has(w));
}

/** Nearest sections offered when nothing answers: titles only, never their figures. */
const MAX_SUGGESTIONS = 3;

function notCovered(top: SectionHit | undefined, cov: number, lacking: OutOfScope | null, nearest: string[] = []): Reply {
  const suggest = (lacking ? lacking.suggest : nearest).slice(0, MAX_SUGGESTIONS).flatMap((id) => {
    const s = sectionById(id);
    return s ? [`${s.id} ${s.title}`] : [];
  });
  return reply('handbook.not_covered', {
    title: '手册未涉及',
    vars: {
      score: round(top?.score ?? 0),
      coverage: round(cov),
      nearest: top?.id ?? null,
      topic: lacking?.topic ?? null,
      word: lacking?.word ?? null,
    },
    body: [
      lacking ? `手册《产品与营销》没有讲${lacking.word}：它不涉及${lacking.label}。我不做猜测，也不拿别的产品的费率或数字来套。` : '手册《产品与营销》里没有找到与这个问题对应的内容，我不做猜测。',
      ...(suggest.length > 0 ? [`手册里相近的内容（可以直接问）：${suggest.join('；')}`] : []),
      '我能帮你：',
      '• 报价 — `/quote 产品 金额 地区 新/老客户 期限`（九种产品之一）',
      '• 客户分类 — `/classify` 加上客户的净资产、销售收入、负债率、经营年限',
      '• 手册问答 — 直接问手册里的产品和做法，如“拜访报告要写什么”“谈判分几个阶段”',
    ],
    sections: [],
  });
}

// ---------------------------------------------------------------------------------------------
// Overview questions: a section with sub-sections, answered with its children

/** A parent's title must match the question at least this well (0..1) … */
const PARENT_TITLE_MIN = 0.3;
/** … and this many times better than the top section's own title … */
const PARENT_OVER_TOP = 1.35;
/** … and cover at least this share of what the top section covers of the question. */
const PARENT_COVER_SHARE = 0.5;
/** Sections scoring at least this share of the best are near ties, ordered by coverage. */
const TIE_SHARE = 0.95;
/**
 * … this share for a choice among kinds (客户数量多利润低 选啥关系类型): its kind words (关系类型) repeat the title of the
 * section listing the kinds, its conditions (数量, 利润) are in the section that chooses (15.3.2.2), which covers more.
 */
const CHOICE_TIE_SHARE = 0.7;
/** Sibling sections sharing the question evenly: the 2nd and 3rd score at least this share of the 1st. */
const FAMILY_SHARE = 0.8;
/** A list question whose first FAMILY_RANKS sections hold FAMILY_HITS siblings near the best is about their parent. */
const FAMILY_RANKS = 4;
const FAMILY_HITS = 3;
/** An overview line longer than this is shortened at a clause boundary. */
const LINE_CHARS = 60;

const parents = sections.filter((s) => childrenOf(s.id).length >= 2).map((s) => s.id);

/**
 * A list question repeating a parent section's title clearly better than the best section's (客户维护包括什么
 * → 7; 你们有哪些担保产品 → 1 through its title's synonyms): answered with the parent's children even when no
 * passage scores — a parent such as 1 has no text of its own.
 */
function parentByTitle(q: Query, type: QuestionType, top: SectionHit | undefined): Section | null {
  if (type !== 'list') return null;
  // A question naming the term its best section defines (能动型客户关系是什么样 → 15.3.2.1's 能动型：…) asks about that term.
  if (top && definesSubject(q, top.unit)) return null;
  const topMatch = top ? titleMatch(q, top.id) : 0;
  // A parent covering far less of the question than the best section does not take it over (降低接触客户成本有啥办法: 4
  // 接触客户's title, but 15.3.2.3's 降低与客户接触的成本 says it): coversEnough.
  // Computed only for a parent passing the title tests (coverage reads every section).
  let topCover: number | undefined;
  const cover = (): number => (topCover ??= top ? coverage(q, top.id) : 0);
  let best: { id: string; m: number } | null = null;
  for (const id of parents) {
    // 按需求客户能分几类 repeats 2's title (客户的分类) but names 2.4's own topic (需求): 2.4 answers.
    if (top && top.unit.section.parent === id && namesOwnTopic(q, top.unit.section)) continue;
    const m = titleMatch(q, id);
    if (m >= PARENT_TITLE_MIN && m > PARENT_OVER_TOP * topMatch && (!best || m > best.m) && coversEnough(q, id, cover)) best = { id, m };
  }
  return best ? (sectionById(best.id) ?? null) : null;
}

/** A parent with text of its own covers at least PARENT_COVER_SHARE of what the best section covers (one without, 15.3.2, is its title). */
function coversEnough(q: Query, id: string, topCover: () => number): boolean {
  return sectionById(id)?.text.trim() === '' || coverage(q, id) >= PARENT_COVER_SHARE * topCover();
}

/**
 * True when the question names a word of the section's title that no sibling's title has (需求 of 2.4
 * 按产品需求分类 among 按行业/按行政区域/按规模分类): it asks about that child, not the family.
 */
function namesOwnTopic(q: Query, s: Section): boolean {
  const bigrams = (t: string): string[] => {
    const cs = [...normalize(t).replace(/[^\p{Script=Han}]|的/gu, '')];
    return cs.slice(0, -1).map((c, i) => c + cs[i + 1]!);
  };
  const siblings = new Set((s.parent === null ? [] : childrenOf(s.parent)).filter((c) => c.id !== s.id).flatMap((c) => bigrams(c.title)));
  const text = q.text.replace(/的/g, '');
  return bigrams(s.title).some((b) => !siblings.has(b) && text.includes(b));
}

/**
 * Sections scoring within TIE_SHARE of the best are ordered by how much of the question they cover: of two
 * near-equal sections, the one holding the question's words answers (去哪找新客户: 3, not 15.3.2.3).
 */
/**
 * When the best section fails the coverage gate but a close one (≥ CLOSE_RATIO of its score, ≥ SCORE_MIN) has most of
 * the question's words (≥ NEAR_COVERAGE), the close one answers: 客户经理要有哪些素养 ranks 4.2 (17.8, coverage 0.21) just
 * above 8.1 良好的自身素养 (16.6, coverage 1) — refusing would be a false 手册未涉及. Stricter than COVERAGE_MIN: a section
 * that only adds a how-word (投资房产有啥门道: 15.3.3.2 客户保持的方法, 0.43) does not answer a question its rival could not.
 */
const NEAR_COVERAGE = 0.6;
function coveredNearTop(q: Query, ranked: SectionHit[]): SectionHit[] {
  const top = ranked[0];
  if (!top || top.score >= SCORE_SURE || coverage(q, top.id) >= COVERAGE_MIN) return ranked;
  const near = ranked.slice(1).find((h) => h.score >= CLOSE_RATIO * top.score && h.score >= SCORE_MIN && coverage(q, h.id) >= NEAR_COVERAGE);
  return near ? [near, ...ranked.filter((h) => h !== near)] : ranked;
}

/**
 * A section the question names by a word of its own title answers before a best section that never says that word:
 * 谈判前要准备几套方案 ranks 4.1 拜访前准备 first (its title shares 前准备; coverage 0.42, no 谈判 anywhere) above 8.3.2 谈判要点
 * (whose 提出多样选择方案 answers); 借民间资金用来还银行贷款 ranks 1.1 银行贷款担保 above 1.2 民间借贷担保. The named section scores
 * at least TOPIC_SHARE of the best and SCORE_MIN, and covers at least COVERAGE_MIN and TOPIC_MARGIN more of the question than
 * the best, which covers under TOPIC_GAP (two counted words at least). A question-form cue (定义, 方法, 原因 …: FORM_CUES) names
 * no topic. Only the order of sections that answer anyway changes: a best section answered by its score alone (coverage under
 * COVERAGE_MIN) is left as it is — a word such as 直接 or 介绍 in another title is no topic of the question there.
 */
const TOPIC_SHARE = 0.6;
const TOPIC_GAP = 0.6;
const TOPIC_MARGIN = 0.2;
function namedTopicNearTop(q: Query, ranked: SectionHit[]): SectionHit[] {
  const top = ranked[0];
  if (!top) return ranked;
  const topDoc = handbookIndex().sectionDocs.get(top.id) ?? '';
  const topics = q.words.filter((w) => !FORM_CUES.some((c) => w.includes(c)) && !topDoc.includes(w));
  // The cheap tests first (a close section whose title says a word the best never says): coverage reads every section.
  const named = ranked.slice(1).filter((h) => h.score >= TOPIC_SHARE * top.score && h.score >= SCORE_MIN && topics.some((w) => normalize(h.title).includes(w)));
  if (named.length === 0) return ranked;
  const own = coverageOf(q, top.id);
  if (own.share >= TOPIC_GAP || own.share < COVERAGE_MIN || own.counted < 2) return ranked;
  const near = named.find((h) => coverage(q, h.id) >= Math.max(COVERAGE_MIN, own.share + TOPIC_MARGIN));
  return near ? [near, ...ranked.filter((h) => h !== near)] : ranked;
}

function nearTiesByCoverage(q: Query, ranked: SectionHit[]): SectionHit[] {
  const top = ranked[0];
  if (!top) return ranked;
  const ties = ranked.filter((h) => h.score >= (CHOICE_ASKED.test(q.text) ? CHOICE_TIE_SHARE : TIE_SHARE) * top.score);
  if (ties.length < 2) return ranked;
  const cov = new Map(ties.map((h) => [h.id, coverage(q, h.id, undefined, unitDoc(h.unit))]));
  const sorted = [...ties].sort((a, b) => cov.get(b.id)! - cov.get(a.id)! || b.score - a.score);
  return [...sorted, ...ranked.slice(ties.length)];
}

/**
 * The section whose children answer an overview question, or null: a list or how question whose best section
 * has sub-sections (怎么找客户 → 3); a list question whose best section's parent scores close to it; or a
 * list question spread evenly over siblings (哪些担保产品 → 1).
 */
function overviewSection(q: Query, type: QuestionType, ranked: SectionHit[]): Section | null {
  const top = ranked[0]!;
  if (type !== 'list' && type !== 'how') return null;
  if (childrenOf(top.id).length >= 2) return top.unit.section;
  if (type !== 'list') return null;
  const [, second, third] = ranked;
  const parent = top.unit.section.parent;
  // The parent itself scoring close to its child: the question is about the family (开发客户有哪些渠道).
  // Only when the question repeats the parent's title better than the child's (crm系统用到哪些技术 stays 15.2.3).
  const parentHit =
    parent !== null && titleMatch(q, parent) > titleMatch(q, top.id) ? [second, third].find((h) => h !== undefined && h.id === parent && h.score >= FAMILY_SHARE * top.score) : undefined;
  if (parentHit && childrenOf(parentHit.id).length >= 2) return parentHit.unit.section;
  // Siblings filling FAMILY_HITS of the first FAMILY_RANKS near hits: one intruder (2.4 按产品需求分类 among 1.x for
  // 产品一共几种) does not hide the family.
  const near = ranked.slice(0, FAMILY_RANKS).filter((h) => h.score >= FAMILY_SHARE * top.score);
  const counts = new Map<string, number>();
  for (const h of near) if (h.unit.section.parent !== null) counts.set(h.unit.section.parent, (counts.get(h.unit.section.parent) ?? 0) + 1);
  const family = [...counts].find(([, n]) => n >= FAMILY_HITS)?.[0];
  return family === undefined ? null : (sectionById(family) ?? null);
}

/** An either/or question (A还是B) whose best section has a sibling among the next few (CHOICE_RANKS) scoring at least this share of it … */
const CHOICE_SHARE = 0.5;
const CHOICE_RANKS = 4;

/**
 * … is answered by their parent when it has text of its own and ranks: the parent says how the two relate
 * (CRM是理念还是软件 → 15.2 理念、机制、技术三个层面, not 15.2.1 理念 alone).
 */
function choiceParent(q: Query, ranked: SectionHit[]): SectionHit[] {
  const first = ranked[0];
  const parent = first?.unit.section.parent ?? null;
  if (!first || parent === null || !/还是/u.test(q.text)) return ranked;
  const sibling = ranked.slice(1, CHOICE_RANKS).some((h) => h.unit.section.parent === parent && h.score >= CHOICE_SHARE * first.score);
  if (!sibling) return ranked;
  const hit = ranked.find((h) => h.id === parent);
  return hit ? [hit, ...ranked.filter((h) => h !== hit)] : ranked;
}

function firstSentence(text: string): string {
  return (text.match(/^[^。！？!?；;]+[。！？!?；;]?/u)?.[0] ?? text).trim();
}

/** One line for an overview: the first sentence, shortened at a clause boundary when long. */
function oneLine(s: Section): string {
  if (s.text.trim() === '')
    return childrenOf(s.id)
      .map((c) => c.title)
      .join('、');
  const first = firstSentence(s.text.replace(/^\s+/, ''));
  if ([...first].length <= LINE_CHARS) return first;
  const clauses = first.match(/[^，,、:：]+[，,、:：]?/gu) ?? [first];
  let line = '';
  for (const c of clauses) {
    if ([...line].length + [...c].length > LINE_CHARS && line !== '') break;
    line += c;
  }
  return `${line.replace(/[，,、:：]$/u, '')}…`;
}

/** A parent's sentence naming at least this many of its children's titles is the sentence that enumerates them. */
const NAMED_CHILDREN = 2;

/**
 * The parent's opening line of an overview: the sentence of its text that names its children (客户关系生命周期可分为
 * 考察期、形成期、稳定期和退化期。; 12's …对宏观形势、客户所处行业、经营管理、法律…等方面提供…建议), in full — it is
 * the enumeration asked for; else its first sentence (oneLine).
 */
function overviewLead(q: Query, s: Section, kids: readonly Section[]): string {
  const titles = kids.map((c) => normalize(c.title).replace(/的/g, ''));
  const ss = sentencesOf(s.text.trim());
  // Else the parent's sentence answering the question's own words (beyond the parent's and its children's titles:
  // 关系营销跟交易营销有啥不一样 → 15's …关系营销的目的是…核心是建立客户忠诚).
  const own = normalize([s.title, ...kids.map((c) => c.title)].join('')).replace(/的/g, '');
  const scored = ss.map((x) => ({ x, sc: sentenceScore(q, normalize(x).replace(/的/g, ''), own) }));
  const answering = scored.reduce<{ x: string; sc: number } | null>((a, b) => (b.sc >= OWN_WORDS_MIN * idfScale(q) && (!a || b.sc > a.sc) ? b : a), null);
  const naming = ss.find((x) => {
    const t = normalize(x).replace(/的/g, '');
    return titles.filter((title) => t.includes(title)).length >= NAMED_CHILDREN;
  });
  return (naming ?? answering?.x)?.trim() ?? oneLine(s);
}

/** A parent's sentence answers an overview question when its own-word score reaches this many of the question's largest term weights. */
const OWN_WORDS_MIN = 1.5;

function overviewReply(q: Query, s: Section, score: number, cov: number): Reply {
  const kids = childrenOf(s.id);
  const body = [...(s.text.trim() !== '' ? [overviewLead(q, s, kids)] : []), ...kids.map((c) => `• *${c.id} ${c.title}* — ${oneLine(c)}`)];
  return reply('handbook.overview', {
    title: `手册 ${label(s)}：共 ${kids.length} 部分`,
    vars: { sections: s.id, children: kids.map((c) => c.id).join(','), score, coverage: round(cov) },
    body,
    context: [`出处：《产品与营销》${label(s)}；各部分全文可直接问，如“${kids[0]!.title}”`],
    sections: [s.id],
  });
}

function label(h: { id: string; title: string }): string {
  return `${h.id} ${h.title}`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// What to quote

/** Lines quoting a section, and whether they leave part of it out (then the reply says 全文见 <section>). */
interface Quote {
  lines: string[];
  partial: boolean;
}

/** A list item longer than this is shown by its first sentence (in full), not whole. */
const ITEM_FULL = 120;
/** Sentences of the answering item or passage (the search's best unit) count this much more. */
const PREFER_UNIT = 1.5;
/** A sentence containing a word that answers the question's type (多久 → 以内, 个月) counts this much more. */
const TYPE_BONUS = 1.6;
/** The next sentence of the same item or paragraph is added when it scores at least this share of the best. */
const NEXT_SHARE = 0.6;
/** A sentence defining the words asked about counts this much more (above the section's opening, TYPE_BONUS). */
const DEFINES_BONUS = 2;
/** A definition's floor, in terms of the question's largest term weight. */
const DEFINITION_FLOOR = 1;
/** A sentence stating a duration or figure, for a how-long / how-much question, in terms of the largest term weight. */
const FIGURE_FLOOR = 0.5;
/** … and a sentence stating none counts this much (also: one saying nothing of what follows, for a question asking what comes after a step). */
const NO_FIGURE = 0.25;
/** A sentence shorter than this is a label: the next sentence is shown with it. */
const SHORT_SENTENCE = 20;
/** Specific questions look for their sentence in this many of the best sections … */
const SPECIFIC_SECTIONS = 3;
/** … scoring at least this share of the first. */
const SPECIFIC_SHARE = 0.5;
/** Question types answered by the one sentence that answers, found inside the section (why: a reason spans sentences, the passage is quoted). */
const SPECIFIC: ReadonlySet<QuestionType> = new Set(['how_long', 'how_much', 'what', 'which', 'can']);

/** The lines quoting the best passage of a section hit. */
function passageLines(q: Query, hits: UnitHit[], hit: SectionHit, type: QuestionType = 'other'): Quote {
  const section = hit.unit.section;
  const own = hits.filter((h) => h.unit.section === section);
  // … and so is a question asking what comes after a step (拜访完了要干嘛): by the sentence saying what follows.
  if (SPECIFIC.has(type) || (type !== 'list' && nextCues(q.text).length > 0)) return sentenceAnswer(q, type, section, hit);
  // 有啥 / 有什么 ask for an enumeration, except in a why-question (有啥意义: the reason, not 7.2's flow chart).
  const wantsList = (type === 'why' ? ENUMERATION : LIST_CUES).test(q.text) || HOW.test(q.text) || WAYS.test(q.text);
  // A question asking for an enumeration is answered by the section's best list, if it scores near the best.
  const anyList = wantsList ? own.find((h) => section.passages[h.unit.passage]!.kind !== 'text') : undefined;
  // … unless the text passage ranked first has a sentence saying what is asked and the list none near it (民间借贷是指哪些人之间的借贷
  // → 民间借贷是指公民之间、公民与法人之间…, not the 客户借款的条件 list).
  const list = anyList && !textOverList(q, section, hit.unit.passage, anyList.unit.passage) ? anyList : undefined;
  // A question naming a passage's label (好处 → 产品特点, 收费, 条件) is answered by that passage.
  const asked = askedWords(q);
  const labelled = own.find((h) => namesLead(asked, section.passages[h.unit.passage]!.lead));
  const listed = wantsList ? enumeratingItem(q, own, section) : undefined;
  // … and, among the section's enumerations, by the one whose label names what is asked (两个步骤 → the sentence
  // 识别有价值客户需要两个步骤:…, not the list of three classes).
  // A list the text ranked first was preferred to (textOverList) is not brought back by its label (民间借贷指的是哪些主体之间的
  // 借钱: 借钱 ≈ 借款 names 客户借款的条件, but the definition says who); a sentence of the text stating an enumeration still is.
  const enumeration = wantsList && !listed ? namedEnumeration(q, section, anyList?.unit.passage) : null;
  const named = typeof enumeration === 'number' && anyList && !list ? null : enumeration;
  if (typeof named === 'string') {
    // … after the section's opening when that is a short definition (关系发展的最高阶段。): it says what the enumeration is of.
    const first = section.passages[0]?.kind === 'text' ? sentencesOf(section.passages[0].items[0]!)[0]!.trim() : '';
    const opening = first !== '' && first !== named && [...first].length < SHORT_SENTENCE ? [first] : [];
    return { lines: [...opening, named], partial: true };
  }
  const chosen = named !== null ? { unit: { ...hit.unit, passage: named, item: null }, score: hit.score } : undefined;
  // A why-question is answered by a reason, which a flow chart's box labels never state: the section's best text passage (7.2
  // 客户关系维护的意义 ranks its chart first for 有啥意义).
  const reason = type === 'why' && section.passages[hit.unit.passage]!.kind === 'flow' ? own.find((h) => section.passages[h.unit.passage]!.kind === 'text') : undefined;
  const chosenOrHit = chosen ?? (listed ? listed : labelled && labelled.score >= LIST_NEAR * hit.score ? labelled : list && list.score >= LIST_NEAR * hit.score ? list : (reason ?? hit));
  // A text passage ranked first by the section's own words gives way to the one passage saying what the question names (对赌 → 1.9's 案例).
  const inner = chosenOrHit === hit && section.passages[hit.unit.passage]!.kind === 'text' ? innerPassage(q, section, hit.unit.passage) : null;
  const best = inner !== null && section.passages[inner]!.kind === 'text' ? { unit: { ...hit.unit, passage: inner, item: null }, score: hit.score } : chosenOrHit;
  const p = section.passages[best.unit.passage]!;
  if (p.kind === 'text') {
    const lead = p.lead !== '' ? `${p.lead}：` : '';
    const run = textRun(section.passages, best.unit.passage);
    const picked = pick(q, run.text, MAX_CHARS, { prefer: run.best, cues: reasonCues(type), title: section.title });
    return { lines: [lead + picked.text], partial: picked.partial || section.passages.length > 1 };
  }
  const leadText = p.lead.replace(/[。：:，,]$/, '');
  const lead = p.kind === 'flow' ? `*${leadText}*` : leadText !== '' ? `*${leadText}：*` : '';
  const mark = (i: number): string => (section.truncated && i === p.items.length - 1 ? TRUNCATED_MARK : '');
  const item = best === listed ? best.unit.item : (namedItem(q, section, p) ?? singleItem(own, best.unit.passage, wantsList) ?? answeringItem(q, type, section, p));
  if (item !== null) {
    const n = p.items.length > 1 ? `（第${item + 1}项）` : '';
    const picked = pick(q, p.items[item]!, MAX_CHARS, { cues: reasonCues(type), title: section.title });
    return { lines: [...(lead !== '' ? [lead] : []), `• ${n}${picked.text}${mark(item)}`, ...itemFollowUp(section, best.unit.passage, item)], partial: true };
  }
  if (p.kind === 'flow') return { lines: [lead, p.items.join(' → ')], partial: section.passages.length > 1 };
  let partial = section.passages.length > 1 || p.items.length > MAX_ITEMS;
  const items = p.items.slice(0, MAX_ITEMS).map((it, i) => {
    const shown = itemLine(it);
    if (shown !== it) partial = true;
    return `• ${shown}${mark(i)}`;
  });
  if (p.items.length > MAX_ITEMS) items.push(`（共 ${p.items.length} 项，其余见全文）`);
  return { lines: [...(lead !== '' ? [lead] : []), ...items], partial };
}

/** A list answers an enumeration question over the text ranked first unless its best sentence scores below this share of the text's. */
const LIST_EVIDENCE = 0.5;

/**
 * True when the text passage `text` (with the passages continuing it) has a sentence matching the question's words
 * beyond the section's title, and the list passage `list` (its lead and items) none scoring LIST_EVIDENCE of it.
 */
function textOverList(q: Query, section: Section, text: number, list: number): boolean {
  const t = section.passages[text]!;
  if (t.kind !== 'text') return false;
  const title = normalize(section.title).replace(/的/g, '');
  const best = (xs: readonly string[]): number => Math.max(0, ...xs.flatMap(sentencesOf).map((x) => sentenceScore(q, normalize(x).replace(/的/g, ''), title)));
  const l = section.passages[list]!;
  const inText = best([textRun(section.passages, text).text]);
  return inText > 0 && best([listLabel(section, list), ...l.items]) < LIST_EVIDENCE * inText;
}

/** A sentence stating an enumeration: a label of 2–30 characters, a colon, then members (识别有价值客户需要两个步骤:首先…其次…). */
const ENUM_SENTENCE = /^([^。:：]{2,30})[:：](.+)$/u;
/** A text right after a list naming it (以上这些沟通方面的基本原则,…): its first clause labels the list. */
const BACK_LABEL = /^(?:以上|上述)[^,，。]*/u;

/** A list's label: its lead and the clause of the text right after it naming it (以上这些沟通方面的基本原则). */
function listLabel(section: Section, i: number): string {
  const after = section.passages[i + 1];
  return section.passages[i]!.lead + (after?.kind === 'text' ? (BACK_LABEL.exec(after.items[0]!)?.[0] ?? '') : '');
}

/** A count of members (两步, 两个步骤, 三类, 4个方面): the question asking for that many is asking for the enumeration stating it. */
const COUNT = /([一二两三四五六七八九十0-9])(?:个|大)?(?:步|类|种|点|条|项|方面|阶段|部分)/u;

function enumCount(text: string): string | null {
  const m = COUNT.exec(text);
  return m ? m[1]!.replace('二', '两') : null;
}

/** The kind of member a question asks the number of (分几步 → 步, 有哪几类 → 类), or a label states (两个步骤 → 步). */
const ASKED_KIND = /(?:几|哪几)(?:个|大)?(步|类|种|点|条|项|方面|阶段|部分)/u;
const COUNT_KIND = /[一二两三四五六七八九十0-9](?:个|大)?(步|类|种|点|条|项|方面|阶段|部分)/u;

/**
 * The enumeration of the section whose label names what a list question asks, beyond the section's title: a list
 * passage (labelled by its lead and by a following 以上这些… clause) or a sentence of its text stating an
 * enumeration. Its passage index (a list, quoted even where the search ranked a text passage above it), its
 * sentence (stated in text), or null when none names the question's words, or none better than `current` (the
 * list the search chose) does (a tie keeps the search's choice). A label also names what is asked through the
 * question's wording labels (征兆 → 特征: data/question-types.json) and by the count it asks for (分哪两步 → 两个步骤).
 */
function namedEnumeration(q: Query, section: Section, current: number | undefined): number | string | null {
  const title = normalize(section.title).replace(/的/g, '');
  const labels = askedLabels(q.text);
  const count = enumCount(q.text);
  const kind = ASKED_KIND.exec(q.text)?.[1];
  const named = (label: string): number => {
    const norm = normalize(label).replace(/的/g, '');
    const byLabel = labels.some((l) => norm.includes(l)) ? idfScale(q) : 0;
    const byCount = count !== null && enumCount(norm) === count ? idfScale(q) : 0;
    // … and by the kind of member whose number it asks (分几步 → 需要两个步骤, not 分为三类).
    const byKind = kind !== undefined && COUNT_KIND.exec(norm)?.[1] === kind ? idfScale(q) : 0;
    return sentenceScore(q, norm, title, 0) + byLabel + byCount + byKind;
  };
  const cands: Array<{ at: number | string; score: number }> = [];
  section.passages.forEach((p, i) => {
    if (p.kind === 'list') {
      cands.push({ at: i, score: named(listLabel(section, i)) });
    } else if (p.kind === 'text') {
      for (const s of sentencesOf(p.items[0]!)) {
        const m = ENUM_SENTENCE.exec(s.trim());
        if (m && m[2]!.split(/[,，、;；]/u).length >= 2) cands.push({ at: s.trim(), score: named(m[1]!) });
      }
    }
  });
  const best = cands.reduce<(typeof cands)[number] | null>((a, b) => (b.score > 0 && (!a || b.score > a.score) ? b : a), null);
  if (!best) return null;
  const currentScore = cands.find((c) => c.at === current)?.score ?? 0;
  // The list the search chose is forced over a text passage it ranked higher only for a question asking for the
  // enumeration itself (哪几条基本原则), not one asking 有什么区别 of words the list's lead shares.
  if (best.at === current) return ENUMERATION.test(q.text) ? best.at : null;
  return best.score <= currentScore ? null : best.at;
}

/** An item enumerating at least this many short members (抵押,质押,保证反担保) is a list of its own … */
const ENUM_MEMBERS = 3;
const ENUM_MEMBER_CHARS = 6;
/** … and answers a list question when it is the section's best item, scoring at least this share of its best list. */
const ENUM_SHARE = 0.9;

/**
 * The list item that is itself the enumeration asked for (反担保方式有哪些 → 1.1's 反担保方式灵活,抵押,质押,保证反担保,
 * not the 客户基本条件 list that mentions 反担保方式 once), or undefined.
 */
function enumeratingItem(q: Query, own: UnitHit[], section: Section): UnitHit | undefined {
  const items = own.filter((h) => h.unit.item !== null && section.passages[h.unit.passage]!.kind === 'list');
  const best = items[0];
  const wholeList = own.find((h) => h.unit.item === null && section.passages[h.unit.passage]!.kind === 'list');
  if (!best || (wholeList && best.score < ENUM_SHARE * wholeList.score)) return undefined;
  // … and clearly above the other items of its list (专业知识有哪些 asks for the list, not its 法律知识 item).
  // A question repeating the product's name lifts every item alike: the items' own words beyond the title decide then.
  const next = items.find((h) => h.unit.passage === best.unit.passage && h.unit.item !== best.unit.item);
  const title = normalize(section.title);
  const byWords = section.passages[best.unit.passage]!.items.map((it) => sentenceScore(q, normalize(it).replace(/的/g, ''), title.replace(/的/g, '')));
  const ownBest = byWords[best.unit.item!]!;
  const clearByWords = byWords.every((x, i) => i === best.unit.item || ownBest >= ITEM_MARGIN * x);
  if (next && best.score < ITEM_MARGIN * next.score && !clearByWords) return undefined;
  const item = section.passages[best.unit.passage]!.items[best.unit.item!]!;
  // It must name what is asked, beyond the section's own title (有什么特点 asks for the whole 产品特点 list).
  // (by a word or by a two-character term: the segmenter reads 反担保 as 反|担保, and 担保 is the title's)
  const named = (w: string): boolean => !title.includes(w) && normalize(item).includes(w);
  if (!q.words.some(named) && ![...q.terms.keys()].some((t) => [...t].length === 2 && /^\p{Script=Han}+$/u.test(t) && named(t))) return undefined;
  const members = item.split(/[,，、]/u).slice(1);
  return members.filter((m) => [...m.trim()].length > 0 && [...m.trim()].length <= ENUM_MEMBER_CHARS).length >= ENUM_MEMBERS ? best : undefined;
}

/** What a question may name a passage's label by: its text, its synonym expansions, the labels its wording asks for. */
function askedWords(q: Query): string[] {
  return [q.text, ...expansions(q.text), ...askedLabels(q.text)];
}

/**
 * True when the question names a passage's label by its head word, directly or through a synonym group
 * (有什么好处 → 特点 → 产品特点; 门槛 → 条件 → 客户基本条件). The head is the label's last word; `asked` is the
 * question's text, then its synonym expansions.
 */
function namesLead(asked: readonly string[], lead: string): boolean {
  if (lead === '') return false;
  const head = words(normalize(lead)).at(-1);
  if (head === undefined || [...head].length < 2) return false;
  return asked[0]!.includes(head) || asked.includes(head);
}

/** Words asking for a whole enumeration (LIST_CUES without 有什么/有啥, which also ask “what use”: 会计知识有啥用). */
const ENUMERATION = new RegExp(LIST_CUES.source.replace(/\|?有什么|\|?有啥/gu, ''), 'u');

/**
 * The one item of a list whose label the question names by words no other item's label has (会计知识对我们有啥用 →
 * 10.2's 会计学知识; 以柔克刚是什么意思; C类客户为什么…), or null. Words of the section's title say nothing (知识 of
 * 专业知识). Such a question asks about that item: it is quoted by its answering sentences, not cut to its first.
 */
function namedItem(q: Query, section: Section, p: Passage): number | null {
  // … unless it asks for the enumeration (有啥原则, 分几步, 有哪些方法): then the list answers.
  if (p.kind === 'text' || p.kind === 'flow' || ENUMERATION.test(q.text)) return null;
  const pairs = (t: string): string[] => [...t].slice(0, -1).map((c, i) => c + [...t][i + 1]!);
  const labels = p.items.map((it) => pairs(normalize(ITEM_LABEL.exec(it)?.[1] ?? '').replace(/的/g, '')));
  const title = normalize(section.title);
  const asked = q.text.replace(/的/g, '');
  const named = labels.flatMap((ps, i) => (ps.some((x) => !title.includes(x) && asked.includes(x) && labels.every((o, j) => j === i || !o.includes(x))) ? [i] : []));
  return named.length === 1 ? named[0]! : null;
}

const ORDINALS = '一二三四五六七八九十';

/**
 * What the text right after a list says of one of its items: the sentence naming it by its rank (对于第三类客户,
 * 经过分析确定后,剔除即可。 after 15.3.1.2's three classes), or, for the last item, the next sentence when it goes
 * on with words only that item has (9: 具有个性成熟的形象。… → 兴趣广泛、思维缜密…是个性温和的主要表现。: the list's
 * last item has no end marker, so the build cannot tell where it stops). Empty when there is none.
 */
function itemFollowUp(section: Section, passage: number, item: number): string[] {
  const p = section.passages[passage]!;
  const after: string[] = [];
  for (const x of section.passages.slice(passage + 1)) {
    if (x.kind !== 'text') break;
    after.push(...sentencesOf(x.items[0]!));
  }
  if (after.length === 0) return [];
  const ordinal = item < ORDINALS.length ? new RegExp(`第${ORDINALS[item]}(?:类|项|种|个|点|步)`, 'u') : null;
  const ranked = ordinal ? after.find((x) => ordinal.test(x)) : undefined;
  if (ranked) return [ranked.trim()];
  if (item !== p.items.length - 1) return [];
  const han = (t: string): string[] => {
    const cs = [...normalize(t).replace(/[^\p{Script=Han}]|的/gu, '')];
    return cs.slice(0, -1).map((c, i) => c + cs[i + 1]!);
  };
  const others = new Set([section.title, p.lead, ...p.items.filter((_, i) => i !== item)].flatMap(han));
  const own = han(p.items[item]!).filter((b) => !others.has(b));
  const next = after[0]!;
  return own.some((b) => han(next).includes(b)) ? [next.trim()] : [];
}

/** The answering item's best sentence must weigh at least this share of the question's largest term weight. */
const ANSWERING_ITEM_MIN = 0.5;

/**
 * For a how-question over a list whose items are long (shown whole, each would be cut to its first sentence), the one
 * item holding the sentence that answers: its best sentence (the question's words beyond the section's title and its
 * how-verb) scores ITEM_MARGIN above every other item's, and the whole list would cut that item (谈判僵住了怎么办
 * → 8.3.2's 化解冲突 item, down to 所以,谈判中必须淡化立场). Null for a question asking for the enumeration (有哪些要点).
 */
function answeringItem(q: Query, type: QuestionType, section: Section, p: Passage): number | null {
  // 要注意啥 / 应该… ask for the points to watch (the list); 怎么办 / 咋弄 for the way out of a situation (one item).
  if (p.kind !== 'list' || type !== 'how' || !/怎么|如何|怎样|咋/u.test(q.text) || ENUMERATION.test(q.text)) return null;
  const title = normalize(section.title).replace(/的/g, '');
  // The verb a how-cue asks with (怎么处理, 咋应对) names no content: 处理 in 8.3.2's 处理好…情绪 is not what 谈僵了怎么处理 asks.
  const verb = HOW_VERB.exec(q.text)?.[1] ?? '';
  const asked: Query = verb === '' ? q : { ...q, terms: new Map([...q.terms].filter(([t]) => !verb.includes(t.replace(/^w:/, '')))) };
  const scored = p.items.map((item) => Math.max(0, ...itemSentences(item).map((x) => sentenceScore(asked, normalize(x).replace(/的/g, ''), title))));
  const top = scored.reduce((a, b, i) => (b > scored[a]! ? i : a), 0);
  const first = scored[top]!;
  if (first < ANSWERING_ITEM_MIN * idfScale(q) || itemLine(p.items[top]!) === p.items[top]) return null;
  return scored.every((x, i) => i === top || first >= ITEM_MARGIN * x) ? top : null;
}

/** A how-cue and the verb it asks with (怎么处理, 如何应对, 咋办). */
const HOW_VERB = /(?:怎么|如何|怎样|咋)(?:样)?(处理|应对|对待|解决|应付|办|弄|整|搞|做)/u;

/** A list item as shown in a whole list: in full, or its first sentence in full when long — never cut inside. */
function itemLine(item: string): string {
  if ([...item].length <= ITEM_FULL) return item;
  // A label sentence (金融学知识。) is shown with the sentence that says what it is.
  const [first, second] = itemSentences(item);
  return [...first!].length < SHORT_SENTENCE && second !== undefined ? first! + second : first!;
}

function itemSentences(text: string): string[] {
  return text.match(/[^。！？!?；;]+[。！？!?；;]*/gu) ?? [text];
}

/**
 * The sentence (or `;` clause) of the section that answers a specific question, in full, with the lead of
 * its list as one line of context: sentences are scored by the question's bigrams and synonym groups (as in
 * `pick`), ×PREFER_UNIT inside the search's best unit, ×TYPE_BONUS when they hold a word answering the
 * question's type. The next sentence of the same item or paragraph follows when it scores close.
 */
interface Sentence {
  passage: number;
  item: number;
  text: string;
  score: number;
  /** It holds a word or figure answering the question's type (一至二周 for 多久). */
  answers: boolean;
  /** It defines what a membership question asks about (民间借贷是指… for 属于民间借贷吗). */
  defines: boolean;
}

/** Every sentence of the section, scored for the question (0: no overlap), in document order. */
function scoredSentences(q: Query, type: QuestionType, section: Section, hit: SectionHit): Sentence[] {
  const next = nextCues(q.text);
  const cues = [...answerCues(type), ...next];
  const figure = figurePattern(type);
  const subject = type === 'what' ? whatSubject(q) : (memberOf(q.text) ?? '');
  const defines = subject !== '' ? definingPattern(subject) : null;
  // A which-question asking what kind a thing is (稳定期是关系的哪个阶段) is answered by the section's definition, as a what-question.
  const kindOf = type === 'which' && KIND_OF.test(q.text);
  const out: Sentence[] = [];
  const title = normalize(section.title).replace(/的/g, '');
  const namesPassage = innerPassage(q, section, hit.unit.passage);
  // A what-question about a thing named inside the section, not by its title (对赌协议 in 1.9's case), is answered
  // by the sentences naming it, not by the section's opening definition.
  const inner = type === 'what' ? innerSubject(subject, section, title) : '';
  const asked = askedWords(q);
  // A what-question asking for a passage's label by its wording (卖点是啥 → 产品特点) is answered by that passage,
  // not by the section's opening definition.
  const labelAsked = askedLabels(q.text).length > 0 && section.passages.some((p) => namesLead(asked, p.lead));
  section.passages.forEach((p, passage) => {
    // A passage whose label the question names (案例里…, 收费…) holds the answer before the others.
    const named = namesLead(asked, p.lead);
    p.items.forEach((it, item) => {
      sentencesOf(it).forEach((text, k) => {
        const norm = normalize(text).replace(/的/g, '');
        let sc = sentenceScore(q, norm, title);
        // A section opens with its definition: the first sentence answers “是什么” even when it repeats
        // none of the question's words (形成期是什么阶段 → 关系的快速发展期。).
        const opening = passage === 0 && item === 0 && k === 0;
        // … and the passage so labelled answers even where it repeats none of the question's words (手续简便…).
        if (labelAsked && named) sc = Math.max(sc, DEFINITION_FLOOR * idfScale(q)) * TYPE_BONUS;
        if ((type === 'what' || kindOf) && (inner !== '' ? norm.includes(inner) : opening && !labelAsked)) sc = Math.max(sc, DEFINITION_FLOOR * idfScale(q)) * TYPE_BONUS;
        // … but a sentence defining the very words asked about (民间借贷是指… for 什么是民间借贷) answers before it.
        if (defines !== null && defines.test(norm)) sc = Math.max(sc, DEFINITION_FLOOR * idfScale(q)) * DEFINES_BONUS;
        const answersType = figure ? figure.test(norm) : cues.some((c) => norm.includes(c));
        // A how-long / how-much question is answered by a sentence stating a duration or a figure, even one
        // that repeats only the section's own words (借款时间一般限定在一个月以内 in 1.2).
        const figureQuestion = type === 'how_long' || type === 'how_much';
        if (figureQuestion) sc = answersType ? Math.max(sc, FIGURE_FLOOR * idfScale(q)) : sc * NO_FIGURE;
        // … and a question asking what comes after a step by a sentence saying what follows (拜访结束后…, …的开始).
        else if (next.length > 0 && !next.some((c) => norm.includes(c))) sc *= NO_FIGURE;
        if (sc > 0) {
          const inUnit = namesPassage !== null ? passage === namesPassage : hit.unit.passage === passage && (hit.unit.item === null || hit.unit.item === item);
          if (inUnit) sc *= PREFER_UNIT;
          if (named) sc *= PREFER_UNIT;
          if (answersType) sc *= TYPE_BONUS;
        }
        out.push({ passage, item, text, score: sc, answers: answersType, defines: defines !== null && type !== 'what' && defines.test(norm) });
      });
    });
  });
  return out;
}

/** The passage holding what the question names must weigh at least this share of the question's largest term weight. */
const INNER_MIN = 0.8;

/**
 * The one passage of a section that says what the question names beyond the section's title and beyond the passage the
 * search ranked first (`ranked`, with the text passages continuing it), or null: the question's two-character terms
 * found nowhere else in the section, weighted by rarity. The search ranks a section's passages mostly by the words of
 * its title (a product's definition repeats its name), so 股权融资能跟投资方签对赌吗 ranks 1.9's definition first though
 * only its 案例 names 对赌.
 */
function innerPassage(q: Query, section: Section, ranked: number): number | null {
  if (section.passages.length < 2) return null;
  const norm = (t: string): string => normalize(t).replace(/的/g, '');
  const title = norm(section.title);
  const texts = section.passages.map((p) => norm(p.items.join('')));
  const first = norm(textRun(section.passages, ranked).text) + texts[ranked]!;
  const weight = new Map<number, number>();
  for (const [t, w] of q.terms) {
    if ([...t].length !== 2 || !/^\p{Script=Han}+$/u.test(t) || title.includes(t) || first.includes(t)) continue;
    const holding = texts.flatMap((x, i) => (x.includes(t) ? [i] : []));
    if (holding.length === 1) weight.set(holding[0]!, (weight.get(holding[0]!) ?? 0) + w * idfOf(t));
  }
  const best = [...weight].reduce<[number, number] | null>((a, b) => (!a || b[1] > a[1] ? b : a), null);
  return best && best[1] >= INNER_MIN * idfScale(q) ? best[0] : null;
}

/**
 * The longest piece (≥ 2 characters) of a what-question's subject that the section's text names and its title
 * does not (担保股权融资中对赌协议 in 1.9 → 对赌协议), or '' when the subject is the section's own topic.
 */
function innerSubject(subject: string, section: Section, title: string): string {
  const text = normalize(section.passages.map((p) => p.items.join('')).join('')).replace(/的/g, '');
  const cs = [...subject];
  for (let len = cs.length; len >= 2; len--) {
    for (let i = 0; i + len <= cs.length; i++) {
      const piece = cs.slice(i, i + len).join('');
      if (!title.includes(piece) && text.includes(piece)) return piece;
    }
  }
  return '';
}

/** Where a what-question names its subject: after 什么是 …, or before …是什么. */
const WHAT_AFTER = /什么是|什么叫|啥叫|啥是/u;
const WHAT_BEFORE = /是什么|是啥|是个啥|是个什么|啥概念|什么概念|是干嘛|是干什么|是指什么|什么意思|啥意思|指什么|怎么回事|是咋回事|干嘛用|干什么用|有什么用|有啥用/u;

/** 属于X吗, 算不算X, 算X吗, 是不是X: asks whether a thing is an X. */
const MEMBER_OF = /(?:属于|算不算|是不是|算)([\p{Script=Han}a-z]{2,8}?)(?:吗|么|不|呢|[?？]|$)/u;

/**
 * The X a question asks membership of (个人借钱给企业 属于民间借贷吗 → 民间借贷), or null: it is answered by the sentence
 * defining X (民间借贷是指公民之间、公民与法人之间…).
 *
 * @example memberOf('个人借钱给企业 属于民间借贷吗')   // → '民间借贷'
 */
function memberOf(text: string): string | null {
  const m = MEMBER_OF.exec(text.replace(/的/g, ''));
  return m && !/^(?:哪|什么|啥)/u.test(m[1]!) ? m[1]! : null;
}

/** A subject is a run of Han characters or a Latin abbreviation (crm). */
const SUBJECT_RUN = /[\p{Script=Han}a-z]{2,}/gu;

/**
 * The words a what-question asks about (什么是民间借贷, 民间借贷是啥意思 → 民间借贷; 股权融资里那个对赌协议是干嘛用的 →
 * 对赌协议): the run of words next to its cue (fillers such as 那个 cut), else its longest Han run, or ''.
 */
function whatSubject(q: Query): string {
  const t = q.text.replace(/的/g, '');
  const after = WHAT_AFTER.exec(t);
  const before = after ? null : WHAT_BEFORE.exec(t);
  const piece = after ? t.slice(after.index + after[0].length) : before ? t.slice(0, before.index) : '';
  const near =
    cutStopPhrases(piece)
      .replace(/意思|是指|是|叫|指/gu, ' ')
      .match(SUBJECT_RUN) ?? [];
  const subject = after ? near[0] : near.at(-1);
  if (subject !== undefined) return subject;
  const runs =
    q.content
      .replace(/的/g, '')
      .replace(/意思|是指|是|叫|指/gu, ' ')
      .match(/\p{Script=Han}{2,}/gu) ?? [];
  return runs.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * A sentence defining `subject`: the subject, or a member of a synonym group it is a member of (crm → 客户关系管理), then
 * 是 / 就是 / 是指 after at most DEFINES_GAP characters of the same clause (客户关系管理绝不仅仅是技术,更是…).
 *
 * @example definingPattern('crm').test('所谓客户关系管理就是企业提供…')   // → true
 */
function definingPattern(subject: string): RegExp {
  const names = [subject, ...synonymGroups.filter((g) => g.includes(subject)).flat()].filter((m) => [...m].length >= 2);
  const escaped = [...new Set(names)].map((m) => m.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(`(?:${escaped.join('|')})[^,，。;；:：]{0,${DEFINES_GAP}}?(?:是指|就是|是)`, 'u');
}

/** Characters allowed between a subject and the 是 defining it (绝不仅仅). */
const DEFINES_GAP = 4;

/** The question's largest single-term weight: a scale for floors given in “terms”. */
function idfScale(q: Query): number {
  let max = 0;
  for (const [t, w] of q.terms) if ([...t].length === 2) max = Math.max(max, w * idfOf(t));
  return max;
}

/**
 * For a how-much or how-long question (the answer is a figure, stated where the rule is), the section among the best ranked (score ≥ SPECIFIC_SHARE of the first) whose
 * sentence answers best, each sentence weighed by √(section score / best score): the 10% floor of a
 * performance bond is a sentence of 1.6, though 1.4 ranks first.
 */
function specificSection(q: Query, type: QuestionType, ranked: SectionHit[]): SectionHit {
  const top = ranked[0]!;
  // The best section states a figure of its own on the question's words (办贷款担保要多久 → 1.1's 一至二周):
  // it answers; another section's figure (1.2's borrowing term) is about something else.
  if (scoredSentences(q, type, top.unit.section, top).some((c) => c.answers && c.score > 0)) return top;
  let best = { hit: top, score: -1 };
  for (const h of ranked.slice(0, SPECIFIC_SECTIONS)) {
    if (h.score < SPECIFIC_SHARE * top.score) break;
    const s = Math.max(0, ...scoredSentences(q, type, h.unit.section, h).map((c) => c.score)) * Math.sqrt(h.score / top.score);
    if (s > best.score) best = { hit: h, score: s };
  }
  return best.hit;
}

/**
 * The sentence of the section that answers a specific question, in full, with the lead of its list as one
 * line of context: sentences are scored by the question's bigrams and synonym groups (as in `pick`), words of
 * the section's title discounted, ×PREFER_UNIT inside the search's best unit, ×TYPE_BONUS when they hold a
 * word answering the question's type. The next sentence of the same item or paragraph follows when it scores
 * close, or when the answering sentence is only a label (以柔克刚。).
 */
function sentenceAnswer(q: Query, type: QuestionType, section: Section, hit: SectionHit): Quote {
  // A section of one short paragraph is its own answer: quoted whole (12.6: 合法合规的税务筹划 … 客户经理应…提供…).
  const only = section.passages.length === 1 && section.passages[0]!.kind === 'text' ? section.passages[0]!.items[0]! : '';
  if (only !== '' && [...only].length <= SHORT_SECTION) return { lines: [only], partial: false };
  const cands = scoredSentences(q, type, section, hit);
  // Whether a case is an X (个人借钱给企业 属于民间借贷吗) is decided by the sentence defining X, whatever the case's words match.
  const best = cands.find((c) => c.defines) ?? cands.reduce<Sentence | null>((a, b) => (b.score > 0 && (!a || b.score > a.score) ? b : a), null);
  if (!best) return passageLines(q, [hit], hit, 'list');
  const p = section.passages[best.passage]!;
  // A passage asked for by its label (卖点是啥 → 产品特点) is quoted whole: the question asks for all it says.
  if (p.kind === 'list' && askedLabels(q.text).length > 0 && namesLead(askedWords(q), p.lead) && p.items.length <= MAX_ITEMS)
    return { lines: [`*${p.lead.replace(/[。：:，,]$/, '')}：*`, ...p.items.map((it) => `• ${itemLine(it)}`)], partial: true };
  const next = cands[cands.indexOf(best) + 1];
  const shown = [best.text];
  const sameItem = next !== undefined && next.passage === best.passage && next.item === best.item;
  const item = p.items[best.item]!;
  // A list item is one criterion: shown whole when it is short enough; an item the question names by its label
  // (以柔克刚是什么意思), by its answering sentences.
  if (p.kind !== 'text' && [...item].length <= ITEM_FULL) shown.splice(0, 1, item);
  else if (namedItem(q, section, p) === best.item) shown.splice(0, 1, pick(q, item, MAX_CHARS).text);
  else {
    // … or when it goes on about the members the best sentence names (分为两类:交易型客户和关系型客户。前者只关心价格…).
    if (sameItem && (next.score >= NEXT_SHARE * best.score || [...best.text].length < SHORT_SENTENCE || MEMBERS_FOLLOW.test(next.text))) shown.push(next.text);
    // A figure stated with its exception (不得低于…百分之十。若用…法中标的，…百分之十五。): the neighbouring sentence
    // of the same paragraph stating a figure on the same words is the rule or its exception — never one without the other.
    const prev = cands[cands.indexOf(best) - 1];
    const figureQuestion = type === 'how_much' || type === 'how_long';
    const sameFigure = (c: Sentence | undefined): c is Sentence =>
      figureQuestion && c !== undefined && c.passage === best.passage && c.item === best.item && c.answers && c.score >= NEXT_SHARE * best.score;
    if (sameFigure(prev)) shown.unshift(prev.text);
    if (shown.length === 1 && sameFigure(next)) shown.push(next.text);
  }
  if (p.kind !== 'text') shown.push(...itemFollowUp(section, best.passage, best.item));
  const lead = p.lead.replace(/[。：:，,]$/, '');
  const mark = section.truncated && best.passage === section.passages.length - 1 && best.item === p.items.length - 1 ? TRUNCATED_MARK : '';
  const bullet = p.kind === 'text' ? '' : '• ';
  const lines = [...(lead !== '' ? [`*${lead}：*`] : []), `${bullet}${shown.join('').trim()}${mark}`];
  const whole = section.passages.reduce((n, x) => n + x.items.join('').length, 0);
  return { lines, partial: shown.join('').length < whole };
}

/** X是…哪个/哪种/哪一…, X属于哪…: asks what kind X is. */
const KIND_OF = /(?:是|属于|算)[^,，。?？]{0,6}哪(?:个|种|类|一|样)/u;

/** A sentence describing the members the sentence before it named (前者…;后者…, 其中…): it goes with that sentence. */
const MEMBERS_FOLLOW = /^\s*(?:前者|后者|其中|两者|二者)/u;

/** A specific question in a section of one text passage this short quotes it whole. */
const SHORT_SECTION = 120;

/** Inside a section, words of its own title say nothing about which sentence answers (民间借贷 in 1.2). */
const TITLE_TERM_WEIGHT = 0.2;

/**
 * Bigram (and synonym-group) overlap of the question with a normalised sentence, weighted by rarity; terms
 * found in `title` (the section's, when choosing inside it) count TITLE_TERM_WEIGHT.
 */
function sentenceScore(q: Query, text: string, title = '', titleWeight = TITLE_TERM_WEIGHT): number {
  const bigrams = (terms: Terms): number => {
    let sum = 0;
    for (const [t, w] of terms) {
      if (t.startsWith('w:') || !(/^[a-z0-9]/.test(t) || [...t].length === 2) || !text.includes(t)) continue;
      sum += w * idfOf(t) * (title.includes(t) ? titleWeight : 1);
    }
    return sum;
  };
  let sum = bigrams(q.terms);
  for (const group of q.synonyms) sum += SYNONYM_WEIGHT * Math.max(...group.map((m) => bigrams(m)));
  return sum;
}

/**
 * The one item of a list the question points to: it scores clearly above every other item
 * (ITEM_MARGIN, or LIST_ITEM_MARGIN when the question asks for an enumeration). Null: show the list.
 */
function singleItem(own: UnitHit[], passage: number, wantsList: boolean): number | null {
  const byItem = new Map<number, number>();
  for (const h of own) {
    if (h.unit.passage !== passage || h.unit.item === null) continue;
    byItem.set(h.unit.item, Math.max(byItem.get(h.unit.item) ?? 0, h.score));
  }
  const ranked = [...byItem].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return null;
  const margin = wantsList ? LIST_ITEM_MARGIN : ITEM_MARGIN;
  return !second || first[1] >= margin * second[1] ? first[0] : null;
}

/**
 * The text of passage `i` together with the text passages around it that continue it (same lead): a
 * paragraph is cut into passages of about 160 characters, and the sentence that answers is often in the
 * next one ("…不健全。" / "为此，…建立健全财务制度"). `pick` then quotes the best sentences of the whole run.
 */
function textRun(passages: readonly Passage[], i: number): { text: string; best: [number, number] } {
  const same = (j: number): boolean => passages[j]?.kind === 'text' && passages[j].lead === passages[i]!.lead;
  let from = i;
  let to = i;
  while (same(from - 1)) from--;
  while (same(to + 1)) to++;
  const before = passages.slice(from, i).reduce((n, p) => n + p.items[0]!.length, 0);
  return {
    text: passages
      .slice(from, to + 1)
      .map((p) => p.items[0]!)
      .join(''),
    best: [before, before + passages[i]!.items[0]!.length],
  };
}

function sentencesOf(text: string): string[] {
  return text.match(/[^。！？!?]+[。！？!?]*/g) ?? [text];
}

/**
 * Why and how questions are answered by the sentence giving the reason or the step (所以…利润丰厚; 为此,客户经理应…;
 * 所以,谈判中必须淡化立场), not by the one that only shares the topic's words: data/question-types.json `answer` of
 * why / how. Other types choose by the question's words alone.
 */
function reasonCues(type: QuestionType): readonly string[] {
  return type === 'why' || type === 'how' ? answerCues(type) : [];
}

interface PickOptions {
  /** The passage the search ranked best (offsets in `text`): its sentences count PREFER_PASSAGE. */
  prefer?: [number, number];
  /** Sentences holding one of these words count TYPE_BONUS (reasonCues). */
  cues?: readonly string[];
  /** The section's title: its words count TITLE_TERM_WEIGHT (inside 12.5 财务管理, 财务 says nothing). */
  title?: string;
}

/**
 * The sentences of `text` that best match the question, in order, within `max` characters — whole
 * sentences only: one longer sentence is shown in full, never cut. Sentences starting inside `prefer`
 * (the passage the search ranked best: it weighs synonyms, whole words and the title, which this sentence
 * count does not) count PREFER_PASSAGE times. `partial`: sentences were left out.
 */
function pick(q: Query, text: string, max: number, { prefer, cues = [], title = '' }: PickOptions = {}): { text: string; partial: boolean } {
  if ([...text].length <= max) return { text, partial: false };
  const ss = sentencesOf(text);
  const starts: number[] = [];
  ss.reduce((at, s) => (starts.push(at), at + s.length), 0);
  const scores = ss.map((s) => {
    const norm = normalize(s).replace(/的/g, '');
    const sc = sentenceScore(q, norm, normalize(title).replace(/的/g, ''));
    return cues.some((c) => norm.includes(c)) ? sc * TYPE_BONUS : sc;
  });
  if (prefer)
    ss.forEach((_, i) => {
      if (starts[i]! >= prefer[0] && starts[i]! < prefer[1]) scores[i]! *= PREFER_PASSAGE;
    });
  let best = 0;
  scores.forEach((s, i) => {
    if (s > scores[best]!) best = i;
  });
  let from = best;
  let to = best;
  let len = [...ss[best]!].length;
  // Grow around the best sentence while it fits, the shorter neighbour first; for a why / how question the neighbour
  // that scores higher first (为此,客户经理应… after the diagnosis).
  for (;;) {
    const next = to + 1 < ss.length ? [...ss[to + 1]!].length : Infinity;
    const prev = from > 0 ? [...ss[from - 1]!].length : Infinity;
    const nextFirst = cues.length > 0 && (scores[to + 1] ?? 0) !== (scores[from - 1] ?? 0) ? (scores[to + 1] ?? 0) > (scores[from - 1] ?? 0) : next <= prev;
    if (next + len <= max && (nextFirst || prev + len > max)) {
      to++;
      len += next;
    } else if (prev + len <= max) {
      from--;
      len += prev;
    } else break;
  }
  return { text: ss.slice(from, to + 1).join(''), partial: from > 0 || to < ss.length - 1 };
}
