/**
 * A small circuit breaker. After `threshold` consecutive failures it opens: calls are refused for
 * `openMs`. Then it is half-open: one trial call goes through (others are refused while it runs);
 * a success closes it, a failure opens it again for another `openMs`.
 *
 * Limits: in-process only (each app instance has its own); counts what the caller reports, so the
 * caller decides what a failure is (the phraser counts timeouts, HTTP and parse errors, not refusals).
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures that open the breaker. Default 3. */
  threshold?: number;
  /** How long it stays open, ms. Default 60 000. */
  openMs?: number;
  /** Clock in ms (tests inject one). Default Date.now. */
  now?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialRunning = false;
  private readonly threshold: number;
  private readonly openMs: number;
  private readonly now: () => number;

  constructor(opts: BreakerOptions = {}) {
    this.threshold = opts.threshold ?? 3;
    this.openMs = opts.openMs ?? 60_000;
    this.now = opts.now ?? Date.now;
  }

  state(): BreakerState {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.openMs ? 'half-open' : 'open';
  }

  /** True when a call may go ahead now. In half-open, true once until that trial reports. */
  allow(): boolean {
    const s = this.state();
    if (s === 'closed') return true;
    if (s === 'open' || this.trialRunning) return false;
    this.trialRunning = true;
    return true;
  }

  success(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialRunning = false;
  }

  failure(): void {
    this.trialRunning = false;
    if (this.openedAt !== null) {
      // The half-open trial failed (or a late failure while open): open again from now.
      this.openedAt = this.now();
      return;
    }
    this.failures += 1;
    if (this.failures >= this.threshold) this.openedAt = this.now();
  }

  /** The trial was abandoned without an answer either way (e.g. the caller aborted). */
  release(): void {
    this.trialRunning = false;
  }
}
