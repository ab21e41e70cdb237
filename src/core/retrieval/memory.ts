/**
 * The question memory: managers' questions labelled with the sections that answer them (data/examples.json, built from
 * the tuned and development sets by `npm run build:memory`). A new question's nearest examples (BM25 over the examples,
 * on the index's own terms) vote for their sections; the votes reorder the handbook's ranking (`remember`), never add a
 * section the handbook search did not find and never decide whether a question is answered (the gate reads the
 * handbook's own best score). Lexical retrieval knows the handbook's words; the memory knows managers' words for them
 * (谈崩了 → 8.3.x, 摸清楚需求 → 5.6 …), learned from 1,200 questions rather than written as rules.
 * An example never votes for its own text: the eval's tuned and development figures stay leave-one-out estimates.
 *
 * @example remember(parseQuery('忠诚的客户有啥表现'), ranked) // 15.3.3.1 before 7.2 when its examples are nearer
 */
import { z } from 'zod';
import raw from '../../../data/examples.json' with { type: 'json' };
import { normalize } from './normalize.js';
import { bm25Tf, cutStopPhrases, type Query, type SectionHit } from './search.js';
import { termsOf } from './tokenize.js';

const ExamplesSchema = z.object({ note: z.string(), examples: z.array(z.object({ q: z.string().min(1), sections: z.array(z.string().min(1)).min(1) })) });

/** Examples that vote: the nearest few (more dilutes a clear neighbour with loose ones). */
const NEIGHBOURS = 3;
/**
 * A section's score grows by this share of its vote (up to 1.3× when all neighbours agree): the memory settles near ties
 * and leaves the handbook's clear leads and the hand-built rules (definitions, overviews, figures) in charge. Chosen on the
 * development sets: 1 lifted them as much but overturned tuned classes (docs/handbook-data.md).
 */
const VOTE_WEIGHT = 0.3;

interface Memory {
  texts: readonly string[];
  sections: ReadonlyArray<readonly string[]>;
  lengths: Float64Array;
  avgLength: number;
  postings: ReadonlyMap<string, ReadonlyArray<{ example: number; tf: number }>>;
  idf: ReadonlyMap<string, number>;
}

function build(): Memory {
  const { examples } = ExamplesSchema.parse(raw);
  const texts = examples.map((e) => normalize(e.q));
  const lengths = new Float64Array(examples.length);
  const postings = new Map<string, Array<{ example: number; tf: number }>>();
  texts.forEach((text, i) => {
    for (const [t, tf] of termsOf(cutStopPhrases(text))) {
      lengths[i]! += tf;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push({ example: i, tf });
    }
  });
  const idf = new Map<string, number>();
  for (const [t, list] of postings) idf.set(t, Math.log(1 + (examples.length - list.length + 0.5) / (list.length + 0.5)));
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  return { texts, sections: examples.map((e) => e.sections), lengths, avgLength, postings, idf };
}

let memory: Memory | undefined;

/** Each section's share of the nearest examples' votes (0..1), the question's own text left out. */
export function memoryVotes(q: Query): Map<string, number> {
  const m = (memory ??= build());
  // Scores in a typed array with the examples touched listed (no Map per call), then the best few kept in one pass.
  const scores = new Float64Array(m.texts.length);
  const touched: number[] = [];
  for (const [t, w] of q.terms) {
    const list = m.postings.get(t);
    if (!list) continue;
    const idf = m.idf.get(t)!;
    for (const { example, tf } of list) {
      if (scores[example] === 0) touched.push(example);
      scores[example]! += w * idf * bm25Tf(tf, m.lengths[example]!, m.avgLength);
    }
  }
  const nearest: number[] = [];
  for (const i of touched) {
    if (m.texts[i] === q.text) continue;
    let at = nearest.length;
    while (at > 0 && (scores[nearest[at - 1]!]! < scores[i]! || (scores[nearest[at - 1]!] === scores[i] && nearest[at - 1]! > i))) at--;
    if (at < NEIGHBOURS) {
      nearest.splice(at, 0, i);
      if (nearest.length > NEIGHBOURS) nearest.pop();
    }
  }
  const votes = new Map<string, number>();
  const total = nearest.reduce((a, i) => a + scores[i]!, 0);
  for (const i of nearest) for (const id of m.sections[i]!) votes.set(id, (votes.get(id) ?? 0) + scores[i]! / total / m.sections[i]!.length);
  return votes;
}

/**
 * The ranking reordered by the memory's votes (score × (1 + VOTE_WEIGHT × vote)). Scores are the handbook's own: the
 * first keeps the best of them, so whether a question is answered at all is decided as without the memory.
 */
export function remember(q: Query, ranked: readonly SectionHit[]): SectionHit[] {
  if (ranked.length < 2) return [...ranked];
  const votes = memoryVotes(q);
  const best = ranked[0]!.score;
  const order = ranked.map((h, i) => ({ h, i, s: h.score * (1 + VOTE_WEIGHT * (votes.get(h.id) ?? 0)) })).sort((a, b) => b.s - a.s || a.i - b.i);
  return order.map(({ h }, i) => (i === 0 ? { ...h, score: Math.max(h.score, best) } : h));
}
