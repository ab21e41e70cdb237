/**
 * A local Socket Mode server, speaking what Slack's does (api.slack.com/apis/socket-mode):
 * on connect `hello`; envelopes `{ envelope_id, type: 'slash_commands' | 'events_api' |
 * 'interactive', payload, accepts_response_payload }`; the app acks with `{ envelope_id,
 * payload? }`; `{ type: 'disconnect', reason }` asks the app to reconnect.
 *
 * Pair it with FakeSlack: `slack.socketUrl = () => server.url` makes apps.connections.open
 * answer this server's ws:// URL (a test may answer 503, or a closed port, instead).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface Ack {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export class FakeSocketMode {
  private wss: WebSocketServer | undefined;
  private readonly acks = new Map<string, (ack: Ack) => void>();
  /** Every socket the app opened, in order (closed ones too). */
  connections: WebSocket[] = [];
  /** Send `hello` on connect (false: the app waits for it forever). */
  hello = true;
  url = '';

  async start(port = 0): Promise<this> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    this.wss = wss;
    this.url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
    wss.on('connection', (ws) => {
      this.connections.push(ws);
      ws.on('message', (data) => {
        const msg = JSON.parse((data as Buffer).toString('utf8')) as Ack; // binaryType 'nodebuffer' (the default): one Buffer per message
        this.acks.get(msg.envelope_id)?.(msg);
      });
      if (this.hello) ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-socket', approximate_connection_time: 18060 }, connection_info: { app_id: 'A1' } }));
    });
    return this;
  }

  /** The sockets still open. */
  get open(): WebSocket[] {
    return this.connections.filter((c) => c.readyState === c.OPEN);
  }

  /** Resolves when `n` sockets have been opened in all. */
  async waitForConnections(n: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.connections.length < n || this.open.length === 0) {
      if (Date.now() > deadline) throw new Error(`fake Socket Mode: ${this.connections.length} of ${n} connections in ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Sends one envelope on the newest open socket; resolves with the app's ack. */
  send(type: 'slash_commands' | 'events_api' | 'interactive', payload: Record<string, unknown>, timeoutMs = 3000): Promise<Ack> {
    const ws = this.open.at(-1);
    if (!ws) return Promise.reject(new Error('fake Socket Mode: no open socket'));
    const envelope_id = randomUUID();
    return new Promise<Ack>((resolve, reject) => {
      // Slack waits 3 s for an ack, then retries (events) or shows an error (commands, interactions).
      const t = setTimeout(() => {
        this.acks.delete(envelope_id);
        reject(new Error(`fake Socket Mode: no ack for ${type} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.acks.set(envelope_id, (ack) => {
        clearTimeout(t);
        this.acks.delete(envelope_id);
        resolve(ack);
      });
      ws.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api' }));
    });
  }

  /** Asks the app to reconnect, as Slack does before recycling a server (`refresh_requested`) or when the app's Socket Mode is turned off (`link_disabled`). */
  disconnect(reason: 'refresh_requested' | 'link_disabled' | 'warning' = 'refresh_requested'): void {
    for (const ws of this.open) ws.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake-socket' } }));
  }

  /** Drops every socket without a word (a network failure). */
  drop(): void {
    for (const ws of this.open) ws.terminate();
  }

  async stop(): Promise<void> {
    for (const ws of this.connections) ws.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
  }
}
