import { describe, expect, it } from 'vitest';
import { visitDatesProblem } from '../../../src/core/visits/table.js';

describe('visitDatesProblem (today 2026-11-28)', () => {
  it.each([
    ['2026-11-28', '2026-12-12', null],
    ['2026-11-27', '2026-11-27', null],
    ['2026-11-29', '2026-12-12', 'visitDate'],
    [undefined, '2026-12-12', 'visitDate'],
    ['2026-11-20', '2026-11-19', 'nextFollowUp'],
    ['2026-11-20', undefined, 'nextFollowUp'],
  ] as const)('%s, %s → %s', (visit, next, field) => {
    expect(visitDatesProblem(visit, next, '2026-11-28')?.field ?? null).toBe(field);
  });
});
