/**
 * The evaluation's baseline: MiniSearch (a standard BM25 search library) over the same handbook sections,
 * with the same normalisation and tokenizer as ours (normalize + termsOf: bigrams, segmenter words, single
 * characters). It answers with the best-ranked section's opening (180 characters, as ours quotes at most)
 * and says 手册未涉及 only when nothing matches. Used by scripts/eval.ts and test/eval/eval.test.ts.
 */
import MiniSearch from 'minisearch';
import { sections, titlePath } from '../../src/core/retrieval/handbook.js';
import { normalize } from '../../src/core/retrieval/normalize.js';
import { termsOf } from '../../src/core/retrieval/tokenize.js';
import { reply, type Reply } from '../../src/core/reply.js';

const tokenize = (text: string): string[] => [...termsOf(normalize(text)).keys()];

const docs = sections.map((s) => ({ id: s.id, title: titlePath(s).join(' '), text: s.text }));
const index = new MiniSearch({ fields: ['title', 'text'], storeFields: ['id'], tokenize, processTerm: (t) => t });
index.addAll(docs);
const byId = new Map(docs.map((d) => [d.id, d]));

export function baselineAnswer(q: string): Reply {
  const [top] = index.search(q, { boost: { title: 2 } });
  if (!top) return reply('handbook.not_covered', { title: '手册未涉及' });
  const d = byId.get(String(top.id))!;
  return reply('handbook.answer', { title: `手册 ${d.id}`, body: [[...d.text].slice(0, 180).join('')], sections: [d.id] });
}
