import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../src/adapters/circuit-breaker.js';

function clocked() {
  let t = 1_000_000;
  const breaker = new CircuitBreaker({ threshold: 3, openMs: 60_000, now: () => t });
  return { breaker, advance: (ms: number) => (t += ms) };
}

describe('CircuitBreaker', () => {
  it('stays closed below the threshold, and a success resets the count', () => {
    const { breaker } = clocked();
    breaker.failure();
    breaker.failure();
    breaker.success();
    breaker.failure();
    breaker.failure();
    expect(breaker.state()).toBe('closed');
    expect(breaker.allow()).toBe(true);
  });

  it('opens after 3 consecutive failures and refuses calls for 60 s', () => {
    const { breaker, advance } = clocked();
    for (let i = 0; i < 3; i++) breaker.failure();
    expect(breaker.state()).toBe('open');
    expect(breaker.allow()).toBe(false);
    advance(59_999);
    expect(breaker.allow()).toBe(false);
  });

  it('is half-open after 60 s: one trial at a time', () => {
    const { breaker, advance } = clocked();
    for (let i = 0; i < 3; i++) breaker.failure();
    advance(60_000);
    expect(breaker.state()).toBe('half-open');
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false);
  });

  it('a successful trial closes it', () => {
    const { breaker, advance } = clocked();
    for (let i = 0; i < 3; i++) breaker.failure();
    advance(60_000);
    breaker.allow();
    breaker.success();
    expect(breaker.state()).toBe('closed');
    breaker.failure();
    expect(breaker.state()).toBe('closed');
  });

  it('a failed trial opens it for another 60 s', () => {
    const { breaker, advance } = clocked();
    for (let i = 0; i < 3; i++) breaker.failure();
    advance(60_000);
    breaker.allow();
    breaker.failure();
    expect(breaker.state()).toBe('open');
    advance(30_000);
    expect(breaker.allow()).toBe(false);
    advance(30_000);
    expect(breaker.allow()).toBe(true);
  });

  it('a released trial lets the next one try', () => {
    const { breaker, advance } = clocked();
    for (let i = 0; i < 3; i++) breaker.failure();
    advance(60_000);
    breaker.allow();
    breaker.release();
    expect(breaker.allow()).toBe(true);
  });
});
