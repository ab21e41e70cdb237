/**
 * A local fake of Slack's Web API (reached through SLACK_API_URL) and of response_url endpoints.
 * Records every call; behaviours can be overridden per method (fail, 429, hang). As strict as
 * Slack: a payload over a Block Kit limit is refused with Slack's error (`refused` lists them).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockKitRefusal, type Refusal } from './block-kit-limits.js';

export interface RecordedCall {
  method: string; // Web API method, or 'response_url'
  path: string;
  body: Record<string, unknown>;
  at: number;
  /** The Authorization header (`Bearer xoxb-…` / `Bearer xapp-…`), if any. */
  auth?: string;
}

export type Behaviour = (call: RecordedCall) => { status?: number; headers?: Record<string, string>; body?: unknown } | 'hang';

export class FakeSlack {
  calls: RecordedCall[] = [];
  /** Calls refused for breaking a Block Kit limit (test/helpers/block-kit-limits.ts): a suite expects none. */
  refused: Array<{ method: string } & Refusal> = [];
  private server: Server;
  private behaviours = new Map<string, Behaviour>();
  private waiters: Array<() => void> = [];
  url = '';
  private ts = 1_700_000_000;
  /** apps.connections.open answers this ws:// URL (a FakeSocketMode's); unset → `{ ok: false }`. */
  socketUrl: (() => string) | undefined;

  constructor() {
    // `void`: Node ignores a listener's promise; a failure in the fake is an unhandled rejection, which vitest reports.
    this.server = createServer(
      (req, res) =>
        void (async () => {
          const body = await readBody(req);
          const path = req.url ?? '/';
          const method = path.startsWith('/api/') ? path.slice(5).split('?')[0]! : path.startsWith('/response/') ? 'response_url' : path;
          const call: RecordedCall = { method, path, body, at: Date.now(), ...(req.headers.authorization ? { auth: req.headers.authorization } : {}) };
          this.calls.push(call);
          for (const w of this.waiters.splice(0)) w();
          // What Slack itself would refuse is refused, whatever the test's behaviour says.
          const refusal = blockKitRefusal(method, body);
          if (refusal) {
            this.refused.push({ method, ...refusal });
            res.writeHead(method === 'response_url' ? 400 : 200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ ok: false, error: refusal.error, response_metadata: { messages: refusal.messages } }));
            return;
          }
          const b = this.behaviours.get(method);
          const out = b ? b(call) : undefined;
          if (out === 'hang') return; // never answer
          const status = out?.status ?? 200;
          res.writeHead(status, { 'content-type': 'application/json', ...out?.headers });
          res.end(JSON.stringify(out?.body ?? this.defaultAnswer(method, body, call)));
        })(),
    );
  }

  private defaultAnswer(method: string, body: Record<string, unknown>, call: RecordedCall): unknown {
    switch (method) {
      case 'apps.connections.open':
        if (!call.auth?.startsWith('Bearer xapp-') || call.auth === 'Bearer xapp-revoked') return { ok: false, error: 'invalid_auth' };
        return this.socketUrl ? { ok: true, url: this.socketUrl() } : { ok: false, error: 'internal_error' };
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'guarantee-desk' };
      case 'chat.postMessage':
        return { ok: true, channel: body.channel, ts: `${++this.ts}.000100`, message: { text: body.text } };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${(typeof body.users === 'string' ? body.users : '').split(',')[0]}` } };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts };
      case 'response_url':
        return { ok: true };
      default:
        return { ok: true };
    }
  }

  on(method: string, b: Behaviour): void {
    this.behaviours.set(method, b);
  }

  reset(): void {
    this.calls = [];
    this.refused = [];
    this.behaviours.clear();
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves when `pred` holds over the recorded calls, or rejects after `timeoutMs`. */
  async waitFor(pred: (calls: RecordedCall[]) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pred(this.calls)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake Slack: condition not met in ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** SLACK_API_URL for the app. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const params = new URLSearchParams(raw);
  const out: Record<string, unknown> = {};
  for (const [k, v] of params) {
    // The Web API client form-encodes nested values as JSON strings.
    out[k] = v.startsWith('[') || v.startsWith('{') ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
