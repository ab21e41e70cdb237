/**
 * Authenticity beyond stock Bolt. Bolt's HTTPReceiver rejects a request timestamp more than five
 * minutes old but accepts one from the future; a captured request replayed with a forged future
 * timestamp would then need a fresh signature — yet a request signed for the future stays valid
 * until then. We reject anything more than five minutes off either way, and requests without the
 * headers, before Bolt reads the body. Bolt still checks the signature itself.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

export const MAX_SKEW_SECONDS = 5 * 60;

export type TimestampVerdict = 'ok' | 'missing' | 'malformed' | 'stale' | 'future';

/** Pure: judges the x-slack-request-timestamp / x-slack-signature headers against `nowMs`. */
export function judgeTimestamp(timestamp: string | string[] | undefined, signature: string | string[] | undefined, nowMs: number): TimestampVerdict {
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || timestamp === '' || signature === '') return 'missing';
  if (!/^\d{1,12}$/.test(timestamp)) return 'malformed';
  const skew = Number(timestamp) - Math.floor(nowMs / 1000);
  if (skew < -MAX_SKEW_SECONDS) return 'stale';
  if (skew > MAX_SKEW_SECONDS) return 'future';
  return 'ok';
}

/**
 * Wraps a receiver's request listener: POSTs to `endpoint` whose timestamp is outside the window
 * get 401 and never reach Bolt (so no handler runs). Other routes (e.g. /healthz) pass through.
 */
export function withTimestampWindow(inner: RequestListener, endpoint: string, onReject: (verdict: TimestampVerdict) => void, now: () => number = Date.now): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'POST' && path === endpoint) {
      const verdict = judgeTimestamp(req.headers['x-slack-request-timestamp'], req.headers['x-slack-signature'], now());
      if (verdict !== 'ok') {
        onReject(verdict);
        res.writeHead(401, { 'content-type': 'text/plain' });
        res.end();
        req.resume();
        return;
      }
    }
    inner(req, res);
  };
}
