import { describe, expect, it } from 'vitest';
import type { Archive } from '../../src/core/archive/model.js';
import { findClients, nearDuplicates, normalizeName } from '../../src/core/archive/names.js';
import { client } from './helpers.js';

describe('normalizeName', () => {
  it.each([
    ['合肥星河科技有限公司', '合肥星河科技'],
    ['合肥星河科技有限责任公司', '合肥星河科技'],
    ['安徽江淮建设股份有限公司', '安徽江淮建设'],
    ['安徽江淮建设集团有限公司', '安徽江淮建设'],
    ['安徽江淮建设（集团）有限公司', '安徽江淮建设'],
    ['安徽江淮建设集团', '安徽江淮建设'],
    [' 合肥 星河 科技 ', '合肥星河科技'],
    ['合肥\u3000星河科技', '合肥星河科技'],
    ['安徽江淮建設集團有限公司', '安徽江淮建设'],
    ['ＡＢＣ贸易有限公司', 'abc贸易'],
    ['abc贸易', 'abc贸易'],
    ['有限公司', '有限公司'],
    ['合肥有限公司第一分公司', '合肥有限公司第一分'],
  ])('%s → %s', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

const archive: Pick<Archive, 'clients'> = {
  clients: [client('c1', '合肥星河科技有限公司'), client('c2', '合肥星河物流有限公司'), client('c3', '安徽江淮建设集团有限公司'), client('c4', 'ABC贸易有限公司')],
};

describe('findClients', () => {
  it.each([
    ['合肥星河科技', 'found', 'exact', ['c1']],
    ['合肥星河科技有限责任公司', 'found', 'exact', ['c1']],
    ['合肥 星河科技', 'found', 'exact', ['c1']],
    ['ａｂｃ贸易', 'found', 'exact', ['c4']],
    ['c3', 'found', 'id', ['c3']],
    ['安徽江淮', 'found', 'prefix', ['c3']],
    ['合肥星河', 'ambiguous', undefined, ['c1', 'c2']],
    ['星河科技', 'found', 'substring', ['c1']],
    ['星河', 'ambiguous', undefined, ['c1', 'c2']],
    ['江淮', 'found', 'substring', ['c3']],
    ['合肥江淮建设', 'found', 'substring', ['c3']],
    ['星河物流', 'found', 'substring', ['c2']],
    ['合肥星河物流', 'found', 'exact', ['c2']],
    ['星河科技 ', 'found', 'substring', ['c1']],
    ['星河科技有限公司', 'found', 'substring', ['c1']],
    ['星河運輸', 'none', undefined, []],
    ['合肥星河科枝', 'none', undefined, ['c1']],
    ['芜湖', 'none', undefined, []],
    ['', 'none', undefined, []],
  ])('%s → %s %s %j', (query, kind, by, ids) => {
    const m = findClients(archive, query);
    expect({ kind: m.kind, by: 'by' in m ? m.by : undefined, ids: 'client' in m ? [m.client.id] : m.candidates.map((c) => c.id) }).toEqual({
      kind,
      by,
      ids,
    });
  });

  it('two clients with the same normalized name are ambiguous', () => {
    const a = { clients: [client('x', '星河有限公司'), client('y', '星河集团')] };
    expect(findClients(a, '星河').kind).toBe('ambiguous');
  });
});

describe('nearDuplicates', () => {
  it.each([
    ['合肥星河科技股份有限公司', ['c1']],
    ['星河科技', ['c1']],
    ['合肥星河科枝有限公司', ['c1']],
    ['合肥星河', ['c1', 'c2']],
    ['芜湖新材料', []],
  ])('%s → %j', (name, ids) => {
    expect(nearDuplicates(archive, name).map((c) => c.id)).toEqual(ids);
  });
});
