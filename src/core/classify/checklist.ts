/**
 * Criterion-by-criterion checklists (2.5 目标客户的条件, 1.1 客户基本条件): each check met / not met / unknown,
 * with the figure. Qualitative checks are unknown — 需核实.
 */
import { asPrinted } from '../retrieval/handbook.js';
import type { Check, Criterion } from '../tables/criteria.js';
import { meets, meetsBound } from './compare.js';
import type { Bounds } from './figure-bounds.js';
import { showFigure, type Figures } from './figures.js';

export type CheckStatus = 'met' | 'unmet' | 'unknown';
export type CriterionStatus = 'met' | 'unmet' | 'partial' | 'unknown';

export interface CheckResult {
  id: string;
  text: string;
  status: CheckStatus;
  /** The figure as shown, when there is one. */
  shown: string | null;
}

export interface CriterionResult {
  no: number;
  section: string;
  text: string;
  status: CriterionStatus;
  checks: CheckResult[];
}

export interface ChecklistResult {
  criteria: CriterionResult[];
  met: number;
  unmet: number;
  unknown: number;
  /** e.g. '1:partial,2:met,3:partial,4:unknown,5:unknown' */
  status: string;
}

export const mark: Record<CheckStatus, string> = { met: '✅', unmet: '❌', unknown: '❔' };
export const criterionWord: Record<CriterionStatus, string> = {
  met: '满足',
  unmet: '不满足',
  partial: '部分满足，其余需核实',
  unknown: '需核实',
};

function checkOne(c: Check, f: Figures, bounds: Bounds): CheckResult {
  if (c.figure === undefined || c.op === undefined || c.value === undefined) {
    return { id: c.id, text: c.text, status: 'unknown', shown: null };
  }
  const v = f[c.figure];
  const bound = v === undefined ? bounds[c.figure] : undefined;
  const r = meets(v, c.op, c.value) ?? meetsBound(bound, c.op, c.value);
  const shown = v !== undefined ? showFigure(c.figure, v) : bound ? bound.shown : null;
  // refuteOnly: one figure can show the check fails, never that it holds (连续盈利 needs several years).
  const status: CheckStatus = r === undefined ? 'unknown' : r ? (c.refuteOnly ? 'unknown' : 'met') : 'unmet';
  return { id: c.id, text: c.text, status, shown };
}

export function criterionStatus(checks: CheckResult[]): CriterionStatus {
  if (checks.some((c) => c.status === 'unmet')) return 'unmet';
  if (checks.every((c) => c.status === 'met')) return 'met';
  return checks.some((c) => c.status === 'met') ? 'partial' : 'unknown';
}

/** Evaluates every criterion of a checklist against the figures, and the bounds of figures not given (不到3000万). */
export function evaluateChecklist(criteria: Criterion[], f: Figures, bounds: Bounds = {}): ChecklistResult {
  const results = criteria.map((cr) => {
    const checks = cr.checks.map((c) => checkOne(c, f, bounds));
    return { no: cr.no, section: cr.section, text: cr.text, status: criterionStatus(checks), checks };
  });
  const all = results.flatMap((r) => r.checks);
  return {
    criteria: results,
    met: all.filter((c) => c.status === 'met').length,
    unmet: all.filter((c) => c.status === 'unmet').length,
    unknown: all.filter((c) => c.status === 'unknown').length,
    status: results.map((r) => `${r.no}:${r.status}`).join(','),
  };
}

/** What a manager said about qualitative checks (intents/eligibility.ts `claimsIn`): by check id. */
export type Claims = ReadonlyMap<string, 'unmet' | 'claimed'>;

/**
 * The checklist with the manager's qualitative claims applied (one place for /classify and the DM eligibility reply): a
 * negative claim decides the check (现金流为负 → ❌), a positive one stays 需核实 (the manager's word is not the record).
 */
export function withClaims(r: ChecklistResult, said: Claims): ChecklistResult {
  if (said.size === 0) return r;
  const criteria = r.criteria.map((cr) => {
    const checks = cr.checks.map((c) => {
      const s = said.get(c.id);
      if (s === 'unmet') return { ...c, status: 'unmet' as const, shown: '据你所说' };
      if (s === 'claimed' && c.status === 'unknown') return { ...c, shown: '你说满足，请以资料核实' };
      return c;
    });
    return { ...cr, checks, status: criterionStatus(checks) };
  });
  const all = criteria.flatMap((cr) => cr.checks);
  return {
    criteria,
    met: all.filter((c) => c.status === 'met').length,
    unmet: all.filter((c) => c.status === 'unmet').length,
    unknown: all.filter((c) => c.status === 'unknown').length,
    status: criteria.map((cr) => `${cr.no}:${cr.status}`).join(','),
  };
}

/**
 * Lines for a reply body. A criterion with one check, or whose checks are all still unknown, is one
 * line; otherwise the criterion with its status, then each check with ✅/❌/❔ and the figure.
 */
export function checklistLines(r: ChecklistResult): string[] {
  const checkText = (c: ChecklistResult['criteria'][number]['checks'][number]) => `${c.text}${c.shown !== null ? `（${c.shown}）` : ''}`;
  return r.criteria.flatMap((cr) => {
    const [only] = cr.checks;
    if (cr.checks.length === 1 && only) return [`${mark[only.status]} ${cr.no}. ${checkText(only)}${only.status === 'unknown' ? ' — 需核实' : ''}`];
    // The criterion as the handbook prints it (its `,`), so it is found verbatim there.
    const text = asPrinted(cr.section, cr.text);
    if (cr.checks.every((c) => c.status === 'unknown')) return [`${mark.unknown} ${cr.no}. ${text} — 需核实`];
    return [`${cr.no}. ${text} — ${criterionWord[cr.status]}`, ...cr.checks.map((c) => `   ${mark[c.status]} ${checkText(c)}${c.status === 'unknown' ? ' — 需核实' : ''}`)];
  });
}
