/**
 * BM25 over retrieval units (docs/handbook-data.md). `buildIndex(sections)` builds an index of a handbook;
 * `handbookIndex()` is the company handbook's, built on first use. Every search function takes the index
 * (default: the handbook's) and keeps no state between calls: its score buffers are its own.
 *
 * Units: every text passage; every list/flow/table passage as a whole; each of its items on its own
 * (with the list's lead); and, for a long item, each group of its sentences. A unit's terms also carry
 * its section's title path (own title at TITLE_WEIGHT, ancestors' at 1), so a question phrased like a
 * heading finds the section. A section scores as its best unit, raised by how much of its title the
 * question repeats.
 *
 * Synonym groups (data/synonyms.json) add to a unit the best BM25 score of the group's other members,
 * at SYNONYM_WEIGHT: a group counts once however many members it has.
 *
 * `coverage` is the share (weighted by rarity) of the question's words found in a section, directly or
 * through a synonym; answer.ts uses it with the score to decide "手册未涉及".
 */
import { z } from 'zod';
import type { Section } from '../handbook/schema.js';
import { sections as handbookSections } from './handbook.js';
import { normalize } from './normalize.js';
import { alternatives, expansions, says, synonymGroups } from './synonyms.js';
import { addTerms, segments, type Terms, termsOf, words } from './tokenize.js';
import { regions } from '../tables/regions.js';
import spokenRaw from '../../../data/spoken.json' with { type: 'json' };

const K1 = 1.2;
const B = 0.75;
/** Weight of the section's own title words in each of its units. */
const TITLE_WEIGHT = 2;
/** Weight of a synonym group's best member. */
export const SYNONYM_WEIGHT = 0.5;
/** Score multiplier for a question that repeats the section's title: 1 + TITLE_BONUS × titleMatch (0..1). */
const TITLE_BONUS = 1.5;
/** Later passages of a section weigh a little less: score / (1 + POSITION_DECAY × index). */
const POSITION_DECAY = 0.1;
/** Lists, flows and tables weigh this much more when the question asks for an enumeration. */
const LIST_BOOST = 1.2;
/** Words that ask for an enumeration (步骤、类型、哪些 …). */
export const LIST_CUES = /哪些|哪几|几个|几种|几类|几步|几点|有什么|有啥|包括|分为|分成|步骤|阶段|类型|方法|原则|要点|技巧|特点|条件|流程|内容|要求/;

/** Items longer than this are also indexed in sentence groups of about SUB_CHARS. */
const LONG_ITEM = 180;
const SUB_CHARS = 120;

/** Question words that carry no content; cut out (not just ignored) so they make no bigrams. */
const STOP_PHRASES = [
  '请问',
  '什么样',
  '什么',
  '怎么样',
  '怎么办',
  '怎么',
  '怎样',
  '如何',
  '哪些',
  '哪几',
  '哪个',
  '哪种',
  '哪里',
  '多少',
  '有没有',
  '是不是',
  '是否',
  '一下',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '啥',
  '干嘛',
  '一般',
  '可以',
  '能不能',
  '要不要',
  '需要',
  '应该',
  '的话',
  '比较',
  '这个',
  '那个',
  '帮我',
  '我',
  '你',
  // Spoken fillers and intensifiers (voice input, colloquial): no content, and unknown to the handbook, they
  // would otherwise weigh most in coverage and turn an in-scope question into 手册未涉及.
  '老是',
  '总是',
  '一直',
  '咋整',
  '咋办',
  '咋弄',
  '咋搞',
  '咋个',
  // 咋 alone is 怎么 (咋跟客户说, 咋谈才算双赢): glued to the next verb it made an unknown word (咋跟, 咋谈).
  '咋',
  // Regional question words and particles (啥子, 么子, 啷个: 什么 / 怎么; 嘞, 俺).
  '啥子',
  '么子',
  '啷个',
  '嘞',
  '俺',
  '咱家',
  '一共',
  '总共',
  '列一下',
  '说一下',
  '讲一下',
  '讲讲',
  '说说',
  '问一下',
  '想问',
  '就是说',
  '到底',
  '究竟',
  '嘛',
  '哈',
  '哦',
  '嗯',
  '呗',
  // Time connectors (做成以后, 谈完之后): “after” says when, not what; the phrase's meaning is in a synonym group
  // (成功后 in 6), and alone they would pull any passage that says 以后.
  '以后',
  '之后',
  // Place fillers after a place word (瑶海那边的客户): where, not what.
  '那边',
  '这边',
  '那块',
  '这块',
].sort((a, b) => b.length - a.length);

/**
 * Place words (data/regions.json: 合肥, 肥西, 庐阳区, 外地 …). In a question they say where the client is, not
 * what is asked: 合肥 is in 1.1's fee clause and 肥西 only in 2.2's list, so at full weight a place would pull
 * “肥西的客户怎么找” to 2.2 and “合肥分哪几个区” to the fees. Their terms weigh PLACE_WEIGHT, and they count
 * for coverage only when the question has no other content word (“庐阳属于合肥吗”).
 */
const PLACE_WORDS = [...new Set(regions.flatMap((r) => [r.name, ...r.aliases]).map(normalize))].sort((a, b) => b.length - a.length);
const PLACE_WEIGHT = 0.3;

/**
 * Adverbs and one-character verbs of change the segmenter leaves as single characters (聊|最|容易, 率|提): in a run of
 * single characters they end the word (聊最 and 率提 are no words), so coverage never weighs a fragment the handbook
 * cannot contain. Coverage only: titles and terms are unchanged. Not 再 (再营销), 还 (还钱), 按 (按天): words of the
 * handbook's own; a trailing 按 (四类按啥划分) is taken off by data/spoken.json's `trail`.
 */
const RUN_BREAK = /^[最很太才挺更谁越提涨]$/u;

/**
 * A client's attitude in a manager's words, and the handbook's word for it (4.2: 如果客户对贷款担保或拆借担保不感兴趣…; 当客户对
 * 目前的合作银行产品或服务不满意时…): 不需要贷款担保, 贷款担保暂时不要, 银行那边服务太差.
 */
const ATTITUDES: ReadonlyArray<{ said: RegExp; word: string }> = [
  {
    said: /(?:暂时|根本|目前|现在)?(?:不需要|不要|不想要|不想做|不想|用不着|不用|没兴趣|不感兴趣|不考虑)(?:做|搞|办)?((?:银行)?(?:贷款担保|担保贷款|拆借担保|贷款|担保|拆借|借款))|((?:贷款担保|担保贷款|拆借担保|拆借|担保))(?:也|都|根本|暂时)?(?:不需要|不要|用不着|不感兴趣|没兴趣|不考虑)/gu,
    word: '不感兴趣',
  },
  { said: /银行[^,，。;；]{0,8}(?:太差|很差|差劲|不好|不满意|不满|不行|想换|要换|换一家|换家)/gu, word: '合作银行不满意' },
];
const OBJECT_WEIGHT = 0.3;

/** Weight of a bigram joining a word to the function character after it (谈判|要 → 判要). */
const STRAY_WEIGHT = 0.3;

/**
 * Bigrams of the question made only across the end of a segmenter word of two or more characters and a function character
 * standing alone after it (谈判要让… → 判要; 客户经理能… → 理能): not a word the question says, they match a title or passage by
 * accident (8.3.2 谈判要点). Not 是 (X是 is how the handbook defines: 特点是, 是指), nor a function character before a word
 * (要掌握 is 10.2's phrase too). The question's segments are the ones termsOf made (tokenize.ts keeps the last).
 */
function strayBigrams(text: string): string[] {
  const ws = segments(text);
  const inside = new Set<string>();
  const across = new Set<string>();
  const single = (x: string): boolean => x.length === 1 && x !== '是' && FUNCTION_CHARS.test(x);
  ws.forEach((w, i) => {
    const cs = [...w.segment];
    for (let k = 0; k + 1 < cs.length; k++) inside.add(cs[k]! + cs[k + 1]!);
    const next = ws[i + 1];
    if (next && next.index === w.index + w.segment.length && cs.length >= 2 && single(next.segment)) across.add(cs.at(-1)! + next.segment);
  });
  return [...across].filter((b) => !inside.has(b) && HAN_PAIR.test(b));
}

const HAN_PAIR = /^\p{Script=Han}{2}$/u;

/** Characters that never make a content word on their own. */
const FUNCTION_CHARS = /^[的是了在和与等有要也就都而及或之其对为以于把被让这那个一不们吗呢吧啊呀么什怎哪几多少该会能可请问下样啥些得着过如]+$/u;

export interface Unit {
  section: Section;
  /** Index in section.passages. */
  passage: number;
  /** Item index for a single list item (or a part of one); null for a whole passage. */
  item: number | null;
  terms: Terms;
  length: number;
  /** Terms the unit defines (normalised): its item's label (能动型：…), or X of a sentence X是指/X就是/所谓X是 (definedTerms). */
  defines: string[];
  /** A single item with a label (its only defined term may be that label). */
  labelled: boolean;
}

function sentenceGroups(text: string): string[] {
  const ss = text.match(/[^。！？!?；;]+[。！？!?；;]*/g) ?? [text];
  const out: string[] = [];
  let cur = '';
  for (const s of ss) {
    if (cur !== '' && cur.length + s.length > SUB_CHARS) {
      out.push(cur);
      cur = '';
    }
    cur += s;
  }
  if (cur !== '') out.push(cur);
  return out;
}

/** Titles from the top-level section down to `s`, within `byId`. */
function titlePathIn(byId: ReadonlyMap<string, Section>, s: Section): string[] {
  const out: string[] = [];
  for (let cur: Section | undefined = s; cur; cur = cur.parent === null ? undefined : byId.get(cur.parent)) out.unshift(cur.title);
  return out;
}

function buildUnits(sections: readonly Section[], byId: ReadonlyMap<string, Section>): Unit[] {
  const units: Unit[] = [];
  for (const section of sections) {
    const path = titlePathIn(byId, section).map(normalize);
    const make = (passage: number, item: number | null, body: string): void => {
      const norm = normalize(body);
      const terms = termsOf(norm);
      addTerms(terms, path.at(-1) ?? '', TITLE_WEIGHT);
      for (const t of path.slice(0, -1)) addTerms(terms, t, 1);
      const p = section.passages[passage]!;
      const items = p.kind === 'text' ? [] : item !== null ? [p.items[item]!] : p.items;
      const labels = items.flatMap((it) => itemLabel(it) ?? []);
      units.push({ section, passage, item, terms, length: termCount(terms), defines: [...new Set([...labels, ...definedTerms(norm)])], labelled: item !== null && labels.length > 0 });
    };
    section.passages.forEach((p, passage) => {
      const whole = units.length;
      make(passage, null, [p.lead, ...p.items].join('\n'));
      if (p.kind === 'text') {
        if (p.items[0]!.length > LONG_ITEM) for (const g of sentenceGroups(p.items[0]!)) make(passage, null, g);
        return;
      }
      p.items.forEach((it, item) => {
        if (p.items.length > 1) make(passage, item, `${p.lead}\n${it}`);
        if (it.length > LONG_ITEM) for (const g of sentenceGroups(it)) make(passage, item, `${p.lead}\n${g}`);
      });
      // A whole list is as long as its longest item for length normalisation: a word repeated in
      // every item (阶段 in 导入阶段 … 协议阶段) then counts in full, as the list's common theme.
      if (units.length > whole + 1) {
        units[whole]!.length = Math.max(...units.slice(whole + 1).map((u) => u.length));
      }
    });
  }
  return units;
}

/** An item's label: the words before its colon (能动型：…, C类客户:…) or its short first sentence (会计学知识。以柔克刚。). */
export const ITEM_LABEL = /^([^。:：;；,，]{2,12})[。:：]/u;

/** The label a list or table item defines (three characters or more: 调查。 names a step, not a term). */
function itemLabel(item: string): string | null {
  const label = ITEM_LABEL.exec(normalize(item))?.[1]?.replace(/的/g, '');
  return label !== undefined && [...label].length >= 3 ? label : null;
}

/**
 * A term a sentence defines: X at its start, then (则/就)是(指) (潜在客户是指…, 识别客户就是…), or 所谓(的)X就是/是; or a
 * clause contrasting a second term (,“需求”则是…). Not a clause's X是 (在实践中,crm是一种…软件: a use, not the definition),
 * nor a pronoun (这是, 其是). Normalised text in; 的 left out of X.
 */
const DEFINITION = /(?:^|[。！？!?；;：:\n])\s*(?:所谓的?)?[“"]?([\p{Script=Han}a-z]{2,10}?)[”"]?(?:则|就)?(?:是指|是)|[，,]\s*[“"]?([\p{Script=Han}a-z]{2,10}?)[”"]?则是/gu;
const NOT_DEFINED = /^(?:这|那|它|其|此|以上|上述|也|都|就|还|只|正|而|但|即|因此|所以)/u;

function definedTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const x = (m[1] ?? m[2]!).replace(/的/g, '');
    if ([...x].length >= 2 && !NOT_DEFINED.test(x)) out.push(x);
  }
  return out;
}

function termCount(terms: Terms): number {
  return [...terms.values()].reduce((a, b) => a + b, 0);
}

/** A handbook's retrieval index: read-only once built. */
export interface Index {
  units: readonly Unit[];
  avgLength: number;
  postings: ReadonlyMap<string, ReadonlyArray<{ unit: number; tf: number }>>;
  idf: ReadonlyMap<string, number>;
  /** Normalised section text (titles + body) for word coverage. */
  sectionDocs: ReadonlyMap<string, string>;
  /** Normalised title path of each section (top-level title first). */
  titlePaths: ReadonlyMap<string, string>;
  /** Sections with passages (those that can answer). */
  answerable: readonly Section[];
  titleInfo: ReadonlyMap<string, TitleInfo>;
}

/**
 * The index of a handbook's sections (units, postings, idf, coverage texts, title weights).
 *
 * @example buildIndex(handbookSections).units.length   // → every passage, list item and sentence group
 */
export function buildIndex(sections: readonly Section[]): Index {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const units = buildUnits(sections, byId);
  const avgLength = units.reduce((a, u) => a + u.length, 0) / Math.max(1, units.length);
  const postings = new Map<string, Array<{ unit: number; tf: number }>>();
  units.forEach((u, i) => {
    for (const [t, tf] of u.terms) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push({ unit: i, tf });
    }
  });
  const idf = new Map<string, number>();
  for (const [t, list] of postings) idf.set(t, Math.log(1 + (units.length - list.length + 0.5) / (list.length + 0.5)));
  const titlePaths = new Map(sections.map((s) => [s.id, normalize(titlePathIn(byId, s).join(' '))]));
  const sectionDocs = new Map(sections.map((s) => [s.id, `${titlePaths.get(s.id)!} ${normalize(s.text)}`]));
  const answerable = sections.filter((s) => s.passages.length > 0);
  return { units, avgLength, postings, idf, sectionDocs, titlePaths, answerable, titleInfo: buildTitleInfo(sections, answerable) };
}

let built: Index | undefined;

/** The company handbook's index (data/handbook/sections.json), built on first use (~0.1 s). */
export function handbookIndex(): Index {
  return (built ??= buildIndex(handbookSections));
}

/** Inverse document frequency of a term over the units (0 for an unknown term). */
export function idfOf(term: string, index: Index = handbookIndex()): number {
  return index.idf.get(term) ?? 0;
}

function hanOnly(text: string): string {
  return (text.match(/\p{Script=Han}/gu) ?? []).filter((c) => c !== '的').join('');
}

export interface Query {
  /** Normalised question. */
  text: string;
  /** Question with stop phrases cut out (spaces left in their place). */
  content: string;
  terms: Terms;
  /** For each synonym group the question touches: the terms of its other members. */
  synonyms: Terms[][];
  /** Content words used for coverage. */
  words: string[];
  /** For the title match. */
  title: QueryTitle;
  /** For a question asking what a term is or how two differ: the terms it names (definitionSubjects); else empty. */
  subjects: string[];
}

/** Normalised text with the question's stop phrases (什么, 那个, 咋整 …) cut out, a space in their place. */
export function cutStopPhrases(text: string): string {
  let content = text;
  for (const p of STOP_PHRASES) content = content.split(p).join(' ');
  return content;
}

export function parseQuery(question: string): Query {
  const text = normalize(question);
  const content = cutStopPhrases(text);
  let topic = content;
  const places: string[] = [];
  for (const p of PLACE_WORDS) {
    if (!topic.includes(p)) continue;
    places.push(p);
    topic = topic.split(p).join(' ');
  }
  const terms: Terms = new Map();
  for (const [t, w] of termsOf(topic)) terms.set(t, Math.min(1, w));
  for (const t of strayBigrams(topic)) if (terms.has(t)) terms.set(t, terms.get(t)! * STRAY_WEIGHT);
  // A client's attitude (不需要贷款担保; 银行服务太差想换一家) asks what to do about it (4.2): the handbook's word for it
  // (不感兴趣, 不满意) counts in full, the words saying it (the product refused, 暂时) weigh OBJECT_WEIGHT — not what is asked.
  for (const { said, word } of ATTITUDES) {
    const objects = [...text.matchAll(said)].map((m) => m[0]);
    if (objects.length === 0) continue;
    for (const t of termsOf(objects.join(' ')).keys()) if (terms.has(t)) terms.set(t, terms.get(t)! * OBJECT_WEIGHT);
    for (const [t, w] of termsOf(word)) terms.set(t, Math.max(terms.get(t) ?? 0, w));
  }
  for (const [t, w] of termsOf(places.join(' '), PLACE_WEIGHT)) if (!terms.has(t)) terms.set(t, Math.min(PLACE_WEIGHT, w));
  const topicWords = withMemberWords(text, contentWords(topic));
  const synonyms: Terms[][] = [];
  for (const g of synonymGroups) {
    if (!g.some((m) => says(text, m))) continue;
    const others = g.filter((m) => !says(text, m));
    if (others.length > 0) synonyms.push(others.map((m) => termsOf(m)));
  }
  return {
    text,
    content,
    terms,
    synonyms,
    words: topicWords.length > 0 ? topicWords : withMemberWords(text, contentWords(content)),
    title: queryTitle(text, content),
    subjects: definitionSubjects(text),
  };
}

/** Wording asking what a term is, how it is defined, or how two terms differ. */
const DEFINITION_ASKED =
  /是什么|什么是|什么意思|啥意思|是啥|啥是|是个啥|什么叫|啥叫|指什么|指的是|怎么定义|咋定义|如何定义|定义|含义|涵义|概念|怎么理解|咋理解|区别|差别|区分|不一样|两回事|有何不同|有啥不同|有什么不同/u;
/** What separates the terms of such a question: its cue words, connectors, particles, fillers. */
const SUBJECT_CUT =
  /是什么|什么是|什么意思|啥意思|是个啥|是啥|啥是|什么叫|啥叫|指什么|指的是|是指|怎么|咋|如何|定义|含义|涵义|概念|理解|区别|差别|区分|不一样|两回事|不同|有何|有啥|有什么|到底|究竟|具体|一般|说白了|请问|[跟和与同及、,，\s?？!！。吗呢吧啊呀嘛]|还是|样/gu;

/**
 * The terms a question asks to define or tell apart (潜在客户咋定义的 → 潜在客户; 需要跟需求有啥区别 → 需要, 需求; 能动型客户关系啥意思
 * → 能动型客户关系), or none when it does not ask that.
 */
function definitionSubjects(text: string): string[] {
  if (!DEFINITION_ASKED.test(text)) return [];
  const named = text
    .replace(/的/g, '')
    .split(SUBJECT_CUT)
    .filter((x) => [...x].length >= 2);
  return named;
}

/**
 * True when the unit defines a term the question asks about (definitionSubjects): a sentence X是指… of its text, or the
 * label of a list or table item (能动型：…). An item (not its whole list) only when the question asks for no enumeration:
 * 分几种类型 伙伴型是啥 asks for the table. `wantsList`: LIST_CUES says so.
 */
export function definesSubject(q: Query, unit: Unit, index: Index = handbookIndex(), wantsList = LIST_CUES.test(q.text)): boolean {
  if (q.subjects.length === 0 || unit.defines.length === 0) return false;
  const own = unit.labelled && wantsList ? unit.defines.slice(1) : unit.defines;
  return own.some((d) => namesDefined(q.subjects, d, () => index.titlePaths.get(unit.section.id)!.replace(/的/g, '')));
}

/**
 * True when a question's subject (or a synonym of it: crm → 客户关系管理) is the term `defined`, or that term followed by
 * words of its section's title path (能动型客户关系: 能动型 in 15.3.2.1 客户关系的类型; read only when needed).
 */
function namesDefined(subjects: readonly string[], defined: string, titlePath: () => string): boolean {
  let alts = definedAlternatives.get(defined);
  if (alts === undefined) definedAlternatives.set(defined, (alts = alternatives(defined)));
  return subjects.some((s) => alts.includes(s) || (s.startsWith(defined) && titlePath().includes(s.slice(defined.length))));
}

/** A defined term and its synonyms (alternatives), computed once per term: the handbook's terms are a fixed set. */
const definedAlternatives = new Map<string, readonly string[]>();

/**
 * The question's words, with every synonym-group member it says that made no word of its own (啥时候该走: 该 and 走 are
 * single characters, so 该走 — a member of 结束拜访's group — was no word and the question had none but 时候). Such a
 * member is a manager's word for a handbook concept: coverage counts it (through its group). Not a member that asks a
 * question form rather than naming a topic (几步, 几种, 流程, 多长: LIST_CUES, 几/多) or holds a stop phrase (以后).
 */
function withMemberWords(text: string, found: string[]): string[] {
  const out = [...found];
  for (const m of (topicMembers ??= synonymGroups.flat().filter((x) => [...x].length >= 2 && !FORM_MEMBER.test(x) && !LIST_CUES.test(x) && cutStopPhrases(x) === x))) {
    if (!says(text, m) || out.some((w) => w.includes(m) || m.includes(w) || overlaps(text, w, m))) continue;
    out.push(m);
  }
  return out;
}

/** Synonym members that name a topic (withMemberWords), listed once. */
let topicMembers: string[] | undefined;

/** Members that ask how many, how long or how much (几趟, 多长, 多少钱): a question's form, not its topic. */
const FORM_MEMBER = /[几多]/u;

/** True when `w` and `m` share characters where the question says them (该走|走访 …): one stretch of the question holds both. */
function overlaps(text: string, w: string, m: string): boolean {
  const cs = [...m];
  for (let k = 1; k < cs.length; k++) {
    if (w.endsWith(cs.slice(0, k).join('')) && text.includes(w + cs.slice(k).join(''))) return true;
    if (w.startsWith(cs.slice(cs.length - k).join('')) && text.includes(cs.slice(0, cs.length - k).join('') + w)) return true;
  }
  return false;
}

/**
 * Segmenter words of two or more characters; runs of single characters are joined (保险|理|赔 → 理赔), but
 * never across the gap a cut stop phrase leaves (售后|怎么|再营销 is 售后 and 再营销, not 售后再营销).
 */
function contentWords(content: string): string[] {
  const out = new Set<string>();
  let run = '';
  const flush = (): void => {
    if ([...run].length >= 2) out.add(run);
    run = '';
  };
  const ws = content.split(/\s+/u).flatMap((chunk) => [...words(chunk), ' ']);
  ws.forEach((w, i) => {
    if (w === ' ') {
      flush();
      return;
    }
    const han = /^\p{Script=Han}+$/u.test(w);
    if (RUN_BREAK.test(w)) {
      flush();
      return;
    }
    if (han && [...w].length === 1 && (!FUNCTION_CHARS.test(w) || (run === '' && startsHandbookWord(w, ws[i + 1])))) {
      run += w;
      return;
    }
    flush();
    if (han && !FUNCTION_CHARS.test(w)) out.add(w.replace(/^[要的]|[的]$/gu, ''));
    else if (/^[a-z][a-z0-9]+$/.test(w)) out.add(w);
  });
  flush();
  // Class letters (2.3 A类 … D类) are words too: the segmenter splits them into a | 类. Written together (ABCD四类, AB类的区别)
  // they name the same classes: each letter is its class.
  for (const m of content.match(/[a-d]类/g) ?? []) out.add(m);
  for (const w of [...out]) {
    if (!/^[a-d]{2,4}$/u.test(w)) continue;
    out.delete(w);
    for (const c of w) out.add(`${c}类`);
  }
  return [...new Set([...out].map(unglue))].filter((w) => [...w].length >= 2);
}

/**
 * True when a function character the segmenter left alone starts a word of the handbook with the single character after it
 * (对|接|会 → 对接, 3.6's 银企对接会; 对|赌 → 对赌, 1.9): the pair is a bigram of the handbook's text, and the character is
 * one that also begins nouns (NOUN_START). Not an auxiliary or a count (要|讲, 一|笔: the handbook writes them too, but
 * as a word they would weigh as unknown), nor a pair the handbook never writes (在|找).
 */
function startsHandbookWord(c: string, next: string | undefined): boolean {
  if (!NOUN_START.test(c) || next === undefined || !/^\p{Script=Han}$/u.test(next) || FUNCTION_CHARS.test(next)) return false;
  return handbookIndex().postings.has(c + next);
}

/** Function characters that also begin nouns (对接, 对赌, 多次, 有形, 其他). */
const NOUN_START = /^[对多有其]$/u;

const Spoken = z.object({ lead: z.array(z.string().min(1)), trail: z.array(z.string().min(1)), words: z.array(z.string().min(2)).min(1) });
const spoken = Spoken.parse(spokenRaw);
const spokenWords = spoken.words.map(normalize);
const GLUE_LEAD = new RegExp(`^(?:${spoken.lead.join('|')})`, 'u');
const GLUE_TRAIL = new RegExp(`(?:${spoken.trail.join('|')})$`, 'u');

/** A word without the characters the segmenter glued to it (跟高管 → 高管, 营销中 → 营销), when two or more remain. */
function unglue(w: string): string {
  let out = w;
  for (const re of [GLUE_LEAD, GLUE_TRAIL]) {
    const cut = out.replace(re, '');
    if ([...cut].length >= 2) out = cut;
  }
  return out;
}

/**
 * A spoken word (data/spoken.json), alone or with one character (摸清楚, 拖太久), or a fragment: a glued character and
 * one more (比新 of 比新客户值钱). It names no topic.
 */
function isSpoken(w: string): boolean {
  const n = [...w].length;
  return (n === 2 && GLUE_LEAD.test(w)) || spokenWords.some((s) => w.includes(s) && n - [...s].length <= 1);
}

/**
 * Spoken two-character words that carry no topic (看了, 提了: a verb with its aspect; 这种, 咱们, 我们: a pronoun or
 * demonstrative; 发个, 做点: a verb with its measure word; 之前, 以后: a time filler). Unknown to the handbook, they would weigh
 * most in coverage and turn a colloquial in-scope question into 手册未涉及: `coverage` counts them only where found.
 */
const FILLER_WORD =
  /^(?:\p{Script=Han}[了过着]|[这那咱我你他她][\p{Script=Han}]|\p{Script=Han}个|[做干搞弄办说聊讲问懂学补看]点|之前|以前|之后|以后|现在|已经|还有|知道|出来|自己|一面|想约|有个|大概)$/u;

/** BM25's term-frequency part: `tf` occurrences in a document of `length` terms, `avgLength` on average (K1, B). */
export function bm25Tf(tf: number, length: number, avgLength: number): number {
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avgLength));
}

function bm25(index: Index, terms: Terms, scores: Float64Array): void {
  const { postings, idf, units, avgLength } = index;
  for (const [t, qw] of terms) {
    const list = postings.get(t);
    if (!list) continue;
    const w = qw * idf.get(t)!;
    for (const { unit, tf } of list) scores[unit]! += w * bm25Tf(tf, units[unit]!.length, avgLength);
  }
}

/** A choice asked among kinds (选哪种, 该选啥, 用什么关系类型, 适合哪类): answered by the section that chooses, given the question's conditions. */
export const CHOICE_ASKED = /选(?:哪|啥|什么|用)|该选|怎么选|如何选|(?:用|采用|采取|适合|适用)(?:哪|啥|什么)(?:种|类|样|型)|(?:用|采用)(?:什么|啥)\p{Script=Han}{0,4}(?:类型|关系)/u;

/**
 * Question forms point at a kind of section: "为什么…" at a section on reasons or significance, "…是什么"
 * at a definition, "怎么…" at methods. The cue words count as words of the question for the title match
 * only (they are not searched in the text: "是什么" would otherwise pull every passage that says 定义).
 */
const QUESTION_FORMS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/为什么|为何|为啥|干嘛要|何必/, ['原因', '意义']],
  // 说白了/是干啥 ask what a thing is in plain words (客户关系维护说白了是干啥 → 7.1 涵义).
  [/是什么|什么是|什么意思|啥意思|是啥|什么叫|指什么|是干啥|是干嘛|是干什么|说白了/, ['定义', '涵义', '含义', '概念']],
  [/怎么|如何|怎样/, ['方法', '技巧']],
  // A choice asked among kinds points at the section that chooses (15.3.2.2 客户关系选择), not only at the one listing the kinds.
  [CHOICE_ASKED, ['选择']],
];

/** The cue words of the question forms (原因, 定义, 方法 …): words asking what kind of section, naming no topic. */
export const FORM_CUES: readonly string[] = [...new Set(QUESTION_FORMS.flatMap(([, cues]) => cues))];

/** Longest piece of a title or question compared (characters). */
const MAX_PIECE = 12;

/** Every substring of 2..MAX_PIECE Han characters of each string. */
function pieces(strings: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const str of strings) {
    for (const run of hanOnly(str).match(/\p{Script=Han}+/gu) ?? []) {
      const cs = [...run];
      for (let i = 0; i < cs.length; i++) {
        for (let l = 2; l <= MAX_PIECE && i + l <= cs.length; l++) out.add(cs.slice(i, i + l).join(''));
      }
    }
  }
  return out;
}

/**
 * Weighted share of `chars` covered by runs of two or more characters found in `direct` (counting in
 * full) or only in `indirect` (synonyms: counting half).
 */
function covered(chars: readonly string[], weights: readonly number[], direct: Set<string>, indirect: Set<string>): number {
  const hit = new Float64Array(chars.length);
  const mark = (found: Set<string>, value: number): void => {
    if (found.size === 0) return;
    for (let i = 0; i + 1 < chars.length; i++) {
      let piece = chars[i]!;
      let end = i + 1;
      while (end < chars.length && end - i < MAX_PIECE && found.has(piece + chars[end])) piece += chars[end++];
      for (let j = i; j < end && end - i >= 2; j++) if (hit[j]! < value) hit[j] = value;
    }
  };
  mark(direct, 1);
  mark(indirect, SYNONYM_WEIGHT);
  let total = 0;
  let sum = 0;
  weights.forEach((w, i) => {
    total += w;
    sum += w * hit[i]!;
  });
  return total === 0 ? 0 : sum / total;
}

interface TitleInfo {
  chars: string[];
  /** Characters of words many titles share (客户, 关系, 需求 …) weigh less: 1 / (1 + ln df). */
  weights: number[];
  /** Pieces of the title, and of the synonyms of its words. */
  pieces: Set<string>;
  synonymPieces: Set<string>;
}

function buildTitleInfo(sections: readonly Section[], answerable: readonly Section[]): Map<string, TitleInfo> {
  // Every section gets a title entry (parents without text too, for overview questions); the weights count
  // how many answerable sections' titles share a word.
  const titles = sections.map((s) => [s.id, hanOnly(normalize(s.title))] as const);
  const answerableIds = new Set(answerable.map((s) => s.id));
  const df = new Map<string, number>();
  for (const [id, t] of titles) {
    if (!answerableIds.has(id)) continue;
    const cs = [...t];
    for (const b of new Set(cs.slice(0, -1).map((c, i) => c + cs[i + 1]!))) df.set(b, (df.get(b) ?? 0) + 1);
  }
  return new Map(
    titles.map(([id, t]) => {
      const chars = [...t];
      const weights = chars.map((c, i) => {
        const d = Math.max(df.get(chars[i - 1] + c) ?? 1, df.get(c + chars[i + 1]) ?? 1);
        return 1 / (1 + Math.log(d));
      });
      return [id, { chars, weights, pieces: pieces([t]), synonymPieces: pieces(expansions(t)) }] as const;
    }),
  );
}

/** What of a question is compared with the titles. */
export interface QueryTitle {
  chars: string[];
  /** Pieces of the question and of its question-form cue words; pieces of its synonyms. */
  pieces: Set<string>;
  synonymPieces: Set<string>;
}

function queryTitle(text: string, content: string): QueryTitle {
  const chars = [...hanOnly(content)].filter((c) => !FUNCTION_CHARS.test(c));
  const cues = QUESTION_FORMS.filter(([re]) => re.test(text)).flatMap(([, words]) => words);
  return { chars, pieces: pieces([content, ...cues]), synonymPieces: pieces(expansions(text)) };
}

/**
 * How well a section's title matches the question, 0..1: the share of the title the question repeats
 * (directly, through a synonym or through its question form) times the share of the question the title
 * covers. Words many titles share (客户, 关系) weigh less in the title's share.
 */
export function titleMatch(q: Query, sectionId: string, index: Index = handbookIndex()): number {
  const t = index.titleInfo.get(sectionId);
  if (!t || q.title.chars.length === 0) return 0;
  const titleShare = covered(t.chars, t.weights, q.title.pieces, q.title.synonymPieces);
  if (titleShare === 0) return 0;
  const questionShare = covered(
    q.title.chars,
    q.title.chars.map(() => 1),
    t.pieces,
    t.synonymPieces,
  );
  return titleShare * questionShare;
}

export interface UnitHit {
  unit: Unit;
  score: number;
}

/** Units scoring under this share of the best unit are dropped (they are never quoted). */
const KEEP_SHARE = 0.1;

/** Score of every unit that shares a term with the question (down to KEEP_SHARE of the best), best first. */
export function scoreUnits(q: Query, index: Index = handbookIndex()): UnitHit[] {
  const { units } = index;
  // Buffers of this call only: nothing is shared between calls or indexes.
  const scores = new Float64Array(units.length);
  const memberScores = new Float64Array(units.length);
  const groupBest = new Float64Array(units.length);
  bm25(index, q.terms, scores);
  for (const group of q.synonyms) {
    groupBest.fill(0);
    for (const member of group) {
      memberScores.fill(0);
      bm25(index, member, memberScores);
      for (let i = 0; i < units.length; i++) if (memberScores[i]! > groupBest[i]!) groupBest[i] = memberScores[i]!;
    }
    for (let i = 0; i < units.length; i++) scores[i]! += SYNONYM_WEIGHT * groupBest[i]!;
  }
  const wantsList = LIST_CUES.test(q.text);
  let floor = 0;
  for (let i = 0; i < units.length; i++) {
    if (scores[i]! <= 0) continue;
    const unit = units[i]!;
    const isList = unit.section.passages[unit.passage]!.kind !== 'text';
    scores[i] = (scores[i]! * (wantsList && isList ? LIST_BOOST : 1)) / (1 + POSITION_DECAY * unit.passage);
    if (scores[i]! > floor) floor = scores[i]!;
  }
  // The title bonus only raises scores, so a unit that stays under KEEP_SHARE of the best even with the
  // largest bonus is dropped without computing its section's title match.
  const bonus = new Map<string, number>();
  let max = 0;
  for (let i = 0; i < units.length; i++) {
    if (scores[i]! * (1 + TITLE_BONUS) < KEEP_SHARE * floor) {
      scores[i] = 0;
      continue;
    }
    const id = units[i]!.section.id;
    let b = bonus.get(id);
    if (b === undefined) bonus.set(id, (b = 1 + TITLE_BONUS * titleMatch(q, id, index)));
    // A unit defining the term the question asks about (潜在客户是指…; 能动型：… of a table) is as if titled by it.
    scores[i]! *= definesSubject(q, units[i]!, index, wantsList) ? Math.max(b, 1 + TITLE_BONUS) : b;
    if (scores[i]! > max) max = scores[i]!;
  }
  const hits: UnitHit[] = [];
  for (let i = 0; i < units.length; i++) {
    if (scores[i]! > 0 && scores[i]! >= KEEP_SHARE * max) hits.push({ unit: units[i]!, score: scores[i]! });
  }
  return hits.sort((a, b) => b.score - a.score || a.unit.section.order - b.unit.section.order);
}

/** Share of the question's content words (weighted by rarity across sections) found in a section. */
export function coverage(q: Query, sectionId: string, index: Index = handbookIndex(), doc = index.sectionDocs.get(sectionId) ?? ''): number {
  return coverageOf(q, sectionId, index, doc).share;
}

/**
 * `coverage`'s share, with how many of the question's words it counted (a word skipped as spoken is not), how many of
 * those the section says in the question's own wording (`direct`; the others only through a synonym group), and the
 * words found and missed.
 */
export function coverageOf(
  q: Query,
  sectionId: string,
  index: Index = handbookIndex(),
  doc = index.sectionDocs.get(sectionId) ?? '',
): { share: number; counted: number; direct: number; words: string[]; missed: string[] } {
  const { sectionDocs, answerable } = index;
  let total = 0;
  let found = 0;
  let counted = 0;
  /** The question's words found in the section (directly or through a synonym). */
  const words: string[] = [];
  /** … and those counted but not found. */
  const missed: string[] = [];
  let direct = 0;
  for (const w of q.words) {
    const alts = alternatives(w, q.text);
    let df = 0;
    for (const s of answerable) if (alts.some((a) => sectionDocs.get(s.id)!.includes(a))) df++;
    const weight = Math.log(1 + (answerable.length - df + 0.5) / (df + 0.5));
    const here = alts.some((a) => doc.includes(a));
    if (!here && (FILLER_WORD.test(w) || isSpoken(w))) continue;
    total += weight;
    counted++;
    if (here) {
      found += weight;
      words.push(w);
    } else missed.push(w);
    if (doc.includes(w)) direct++;
  }
  return { share: total === 0 ? 0 : found / total, counted, direct, words, missed };
}

/**
 * Content characters of the question that no word of it holds: single characters the segmenter left alone and
 * `contentWords` dropped (喝, 酒 of 饭局喝什么酒), not function characters, glued characters (跟, 里: data/spoken.json) or an
 * empty verb (怎么弄, 咋整). A question with none says nothing but its words.
 *
 * @example looseCharacters(parseQuery('饭局喝什么酒'))   // → ['喝', '酒']
 * @example looseCharacters(parseQuery('谈崩了咋办'))      // → []
 */
export function looseCharacters(q: Query): string[] {
  let rest = q.content;
  for (const w of [...q.words].sort((a, b) => b.length - a.length)) rest = rest.split(w).join(' ');
  return [...rest].filter((c) => /\p{Script=Han}/u.test(c) && !FUNCTION_CHARS.test(c) && !EMPTY_CHARS.has(c));
}

/** Characters that say nothing alone: glued characters (data/spoken.json) and verbs of doing (弄, 整, 搞 …). */
const EMPTY_CHARS = new Set([...spoken.lead, ...spoken.trail].filter((c) => [...c].length === 1).concat([...'做干搞弄办整']));

/** A unit's own text with its section's title path, normalised: what `coverage` reads for one unit. */
export function unitDoc(unit: Unit, index: Index = handbookIndex()): string {
  const p = unit.section.passages[unit.passage]!;
  const body = unit.item === null ? [p.lead, ...p.items].join('\n') : `${p.lead}\n${p.items[unit.item]!}`;
  return `${index.titlePaths.get(unit.section.id) ?? ''} ${normalize(body)}`;
}

export interface SectionHit {
  id: string;
  title: string;
  score: number;
  /** The best unit of the section. */
  unit: Unit;
}

/** Sections ranked by their best unit (`hits` from scoreUnits). */
export function rankSections(hits: UnitHit[]): SectionHit[] {
  const seen = new Set<string>();
  const out: SectionHit[] = [];
  for (const h of hits) {
    const s = h.unit.section;
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    out.push({ id: s.id, title: s.title, score: h.score, unit: h.unit });
  }
  return out;
}
