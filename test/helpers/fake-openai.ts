/**
 * A local OpenAI-compatible server for tests: `POST /v1/chat/completions` (what both
 * `chat.completions.create` and `chat.completions.parse` call). Records every request; each
 * request takes the next queued behaviour, then the default one.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  path: string;
  body: {
    model?: string;
    messages?: Array<{ role: string; content: string }>;
    response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
    [k: string]: unknown;
  };
  at: number;
}

export type Answer =
  | { kind: 'content'; content: string; delayMs?: number }
  | { kind: 'refusal' }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'raw'; status: number; body: string }
  | { kind: 'hang' };

export type Behaviour = (req: ChatRequest) => Answer;

const USER_TEXT_MARK = '待改写的回复（JSON 字符串）：\n';
const NOTES_MARK = '拜访笔记（JSON 字符串）：\n';

function userMessage(req: ChatRequest): string {
  return req.body.messages?.find((m) => m.role === 'user')?.content ?? '';
}

/** The reply text the phraser sent (it goes as a JSON string after a fixed line). */
export function replyTextOf(req: ChatRequest): string {
  const u = userMessage(req);
  const at = u.indexOf(USER_TEXT_MARK);
  return at < 0 ? '' : (JSON.parse(u.slice(at + USER_TEXT_MARK.length).trim()) as string);
}

/** The visit notes the drafter sent. */
export function notesOf(req: ChatRequest): string {
  const u = userMessage(req);
  const at = u.indexOf(NOTES_MARK);
  return at < 0 ? '' : (JSON.parse(u.slice(at + NOTES_MARK.length).trim()) as string);
}

export const behave = {
  /** A reworded text computed from the reply the phraser sent. */
  reword:
    (fn: (text: string) => string): Behaviour =>
    (req) => ({ kind: 'content', content: fn(replyTextOf(req)) }),
  content:
    (content: string, delayMs?: number): Behaviour =>
    () => ({ kind: 'content', content, ...(delayMs ? { delayMs } : {}) }),
  json:
    (obj: unknown, delayMs?: number): Behaviour =>
    () => ({ kind: 'content', content: JSON.stringify(obj), ...(delayMs ? { delayMs } : {}) }),
  status:
    (status: number, headers?: Record<string, string>): Behaviour =>
    () => ({ kind: 'status', status, ...(headers ? { headers } : {}) }),
  malformed: (): Behaviour => () => ({ kind: 'raw', status: 200, body: '{"id":"x","choices":[{"message":{"content":' }),
  refuse: (): Behaviour => () => ({ kind: 'refusal' }),
  hang: (): Behaviour => () => ({ kind: 'hang' }),
};

function completion(req: ChatRequest, message: Record<string, unknown>) {
  return {
    id: `chatcmpl-${req.at}`,
    object: 'chat.completion',
    created: Math.floor(req.at / 1000),
    model: req.body.model ?? 'fake',
    choices: [{ index: 0, message: { role: 'assistant', refusal: null, ...message }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

async function readBody(req: IncomingMessage): Promise<ChatRequest['body']> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest['body'];
  } catch {
    return {};
  }
}

export class FakeOpenAI {
  requests: ChatRequest[] = [];
  url = '';
  private server: Server;
  private queue: Behaviour[] = [];
  private fallback: Behaviour = behave.content('好的');

  constructor() {
    // `void`: Node ignores a listener's promise; a failure in the fake is an unhandled rejection, which vitest reports.
    this.server = createServer(
      (req, res) =>
        void (async () => {
          const body = await readBody(req);
          const call: ChatRequest = { path: req.url ?? '/', body, at: Date.now() };
          this.requests.push(call);
          if (req.method !== 'POST' || !call.path.startsWith('/v1/chat/completions')) {
            res.writeHead(404, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));
            return;
          }
          const answer = (this.queue.shift() ?? this.fallback)(call);
          if (answer.kind === 'hang') return;
          const send = (status: number, payload: string, headers: Record<string, string> = {}) => {
            if (res.destroyed) return;
            res.writeHead(status, { 'content-type': 'application/json', ...headers });
            res.end(payload);
          };
          switch (answer.kind) {
            case 'content': {
              const out = JSON.stringify(completion(call, { content: answer.content }));
              if (answer.delayMs) setTimeout(() => send(200, out), answer.delayMs).unref();
              else send(200, out);
              return;
            }
            case 'refusal':
              send(200, JSON.stringify(completion(call, { content: null, refusal: '抱歉，我无法协助。' })));
              return;
            case 'status':
              send(answer.status, JSON.stringify({ error: { message: `status ${answer.status}`, type: 'server_error' } }), answer.headers);
              return;
            case 'raw':
              send(answer.status, answer.body);
              return;
          }
        })(),
    );
  }

  /** Every request from now on, unless queued ones come first. */
  always(b: Behaviour): this {
    this.fallback = b;
    return this;
  }

  /** The next requests, in order. */
  next(...bs: Behaviour[]): this {
    this.queue.push(...bs);
    return this;
  }

  reset(): void {
    this.requests = [];
    this.queue = [];
    this.fallback = behave.content('好的');
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A FakeOpenAI started before the file's tests, reset before each, stopped after. */
export function useFakeOpenAI(): FakeOpenAI {
  const fake = new FakeOpenAI();
  beforeAll(() => fake.start());
  beforeEach(() => fake.reset());
  afterAll(() => fake.stop());
  return fake;
}
