/**
 * Industry (2.1: 工业制造业, 分销贸易业, 服务业, 房地产业) and life stage (4.2: 初创期,
 * 发展期, 成熟期; 衰退期 is a company setting). Products are read first, so the 贸易 of
 * 国内贸易短期信用担保 is not an industry.
 */
import { lexicon } from '../tables/lexicon.js';
import type { Industry, LifeStage } from '../types.js';
import { setOnce, type Draft } from './draft.js';
import { sourceOf, type Scan } from './scan.js';
import { takeWords } from './words.js';

const industryByWord = new Map<string, Industry>(lexicon.industries.flatMap((r) => r.words.map((w) => [w, r.id] as const)));
const stageByWord = new Map<string, LifeStage>(lexicon.lifeStages.flatMap((r) => r.words.map((w) => [w, r.id] as const)));
const stageWords = [...stageByWord.keys()];
const industryWords = [...industryByWord.keys()];

export function industryFromWord(word: string): Industry | undefined {
  const w = word.trim();
  return lexicon.industries.find((r) => r.id === w)?.id ?? industryByWord.get(w);
}

export function stageFromWord(word: string): LifeStage | undefined {
  const w = word.trim();
  return lexicon.lifeStages.find((r) => r.id === w)?.id ?? stageByWord.get(w);
}

export function readLifeStage(s: Scan, d: Draft): void {
  for (const hit of takeWords(s, stageWords, true)) {
    const v = stageByWord.get(hit.word);
    if (v) setOnce(d, 'lifeStage', v, sourceOf(s, hit.start, hit.end));
  }
}

export function readIndustry(s: Scan, d: Draft): void {
  for (const hit of takeWords(s, industryWords, true)) {
    const v = industryByWord.get(hit.word);
    if (v) setOnce(d, 'industry', v, sourceOf(s, hit.start, hit.end));
  }
}
