/** key=value handlers for industry= and stage= (kept apart to keep kv.ts short). */
import { industryFromWord, stageFromWord } from './categories.js';
import { setOnce, type Draft } from './draft.js';

export const categoriesKv: Record<string, (d: Draft, val: string, source: string) => string | undefined> = {
  industry: (d, val, source) => {
    const v = industryFromWord(val);
    if (!v) return '应为 manufacturing、trade、services 或 real_estate';
    setOnce(d, 'industry', v, source);
    return undefined;
  },
  stage: (d, val, source) => {
    const v = stageFromWord(val);
    if (!v) return '应为 startup、growth、mature 或 decline';
    setOnce(d, 'lifeStage', v, source);
    return undefined;
  },
};
