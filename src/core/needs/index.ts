/**
 * Needs → products: a client's situation in words → the products that fit, why, what to check
 * first, and an offer to quote. The mapping is the table in data/needs.json (sections 1.x, 2.4, 5),
 * not model output.
 */
import { z } from 'zod';
import raw from '../../../data/needs.json' with { type: 'json' };
import { reply, type Reply } from '../reply.js';
import { productById, productIds } from '../tables/products.js';

const Cited = z.object({ section: z.string().regex(/^\d+(\.\d+)*$/), text: z.string().min(1) });
const Need = z.object({
  id: z.string(),
  cues: z.array(z.string().min(1)).min(1),
  category: z.enum(['担保业务类', '资金合作类', '其它业务类']),
  products: z.array(z.enum(productIds)).min(1),
  why: z.array(Cited).min(1),
  check: z.array(Cited).min(1),
  quote: z.string().startsWith('/quote'),
});
export type Need = z.infer<typeof Need>;

export const needs: Need[] = z
  .object({ needs: z.array(Need) })
  .loose()
  .parse(raw).needs;

export interface NeedMatch {
  need: Need;
  cues: string[];
}

/**
 * Needs whose cue words occur in the text, most cues first (ties: table order). Cues are matched
 * longest first across all needs, so 还银行贷款 is not also counted as 贷款.
 */
export function matchNeeds(text: string): NeedMatch[] {
  const hits: Array<{ need: number; cue: string; start: number }> = [];
  needs.forEach((need, i) => {
    for (const cue of need.cues) for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) hits.push({ need: i, cue, start: at });
  });
  hits.sort((a, b) => b.cue.length - a.cue.length || a.need - b.need);
  const taken: Array<[number, number]> = [];
  const byNeed = new Map<number, string[]>();
  for (const h of hits) {
    const end = h.start + h.cue.length;
    if (taken.some(([s, e]) => h.start < e && s < end)) continue;
    taken.push([h.start, end]);
    const cues = byNeed.get(h.need) ?? [];
    if (!cues.includes(h.cue)) cues.push(h.cue);
    byNeed.set(h.need, cues);
  }
  return [...byNeed.entries()].sort(([a, ca], [b, cb]) => cb.length - ca.length || a - b).map(([i, cues]) => ({ need: needs[i]!, cues }));
}

/** The reply for the best one or two needs matched. */
export function needsReply(matches: NeedMatch[]): Reply {
  const top = matches.slice(0, 2);
  const productList = [...new Set(top.flatMap((m) => m.need.products))];
  const sections = [...new Set(top.flatMap((m) => [...m.need.why, ...m.need.check].map((c) => c.section)).concat('2.4', '5'))];
  const body: string[] = [];
  for (const { need } of top) {
    body.push(`*适合的产品：${need.products.map((p) => `${productById(p).name}（${productById(p).section}）`).join('、')}* — 需求类别：${need.category}（2.4）`);
    body.push('为什么：');
    for (const w of need.why) body.push(`• ${w.text}（${w.section}）`);
    body.push('先核实：');
    for (const c of need.check) body.push(`• ${c.text}（${c.section}）`);
    body.push(`要报价，可以发：\`${need.quote}\``);
  }
  return reply('needs.products', {
    title: '根据客户情况，建议这些产品',
    vars: { needs: top.map((m) => m.need.id).join(','), products: productList.join(',') },
    body,
    context: ['挖掘需求先调查、分析、沟通，再试探确认（手册第5章）；以上对应关系来自手册1.x产品说明。'],
    sections,
  });
}
