import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, asCodedError } from '../../src/core/errors.js';

describe('asCodedError: anything thrown → an Error with a loggable code', () => {
  const econn = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  it.each<[string, unknown, string | undefined, string]>([
    ['an AppError keeps its code', new AppError('STORE_LOCKED', 'busy'), undefined, 'STORE_LOCKED'],
    ["Node's error code is kept", econn, 'SLACK_API_FAILED', 'ECONNRESET'],
    ['an Error without a code gets the fallback', new Error('x'), 'SLACK_API_FAILED', 'SLACK_API_FAILED'],
    ['the default fallback is INTERNAL', new Error('x'), undefined, 'INTERNAL'],
    ['a thrown string', 'boom', undefined, 'INTERNAL'],
    ['undefined', undefined, undefined, 'INTERNAL'],
    ['null', null, 'STORE_CORRUPT', 'STORE_CORRUPT'],
    ['a non-string code is not logged', Object.assign(new Error('x'), { code: 42 }), undefined, 'INTERNAL'],
    ['a code that is not a machine name is not logged', Object.assign(new Error('x'), { code: '客户 张三 13800000000' }), undefined, 'INTERNAL'],
    ['a plain object with a code is not an Error', { code: 'STORE_LOCKED' }, undefined, 'INTERNAL'],
  ])('%s', (_name, thrown, fallback, code) => {
    const e = fallback === undefined ? asCodedError(thrown) : asCodedError(thrown, fallback);
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe(code);
  });

  it('returns a coded Error itself, and keeps what else was thrown as original', () => {
    const app = new AppError('INPUT_INVALID', 'bad');
    expect(asCodedError(app)).toBe(app);
    const wrapped = asCodedError('boom');
    expect(wrapped.original).toBe('boom');
    expect(wrapped.message).toBe('boom');
  });
});

describe('one way to read an error code', () => {
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  it('no source reads `.code` off a cast error: every site goes through asCodedError', () => {
    const offenders = files('src').filter((f) => /as \{ code\?: (?:string|unknown) \}\)\??\.code \?\?/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
