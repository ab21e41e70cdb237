/**
 * Slack's Block Kit limits, as the real Web API enforces them (api.slack.com/reference/block-kit:
 * blocks, block elements, composition objects, surfaces). FakeSlack refuses a call that breaks
 * one with Slack's own error: `invalid_blocks` (messages), `invalid_arguments` (views),
 * `msg_too_long` (text over 40,000 characters) — so a payload Slack would refuse fails the suite.
 *
 * Checked: blocks per surface (message 50, modal/Home 100); header text 150; section text 3000,
 * fields ≤ 10 of ≤ 2000; context ≤ 10 elements; actions ≤ 25 elements; button text 75, value
 * 2000, url 3000; action_id / block_id / callback_id ≤ 255 and block_ids unique; input label and
 * hint 2000, placeholder 150, initial_value ≤ 3000 and ≤ max_length; select ≤ 100 options, option
 * text 75, value 150; plain_text where Slack requires it; modal title, submit and close ≤ 24;
 * private_metadata ≤ 3000; datepicker dates YYYY-MM-DD; no lone surrogate anywhere.
 */

type Obj = Record<string, unknown>;

export interface Refusal {
  error: 'invalid_blocks' | 'invalid_arguments' | 'msg_too_long';
  messages: string[];
}

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'chat.scheduleMessage', 'response_url']);
const VIEW_METHODS = new Set(['views.open', 'views.update', 'views.push', 'views.publish']);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

class Checker {
  problems: string[] = [];
  private blockIds = new Set<string>();

  fail(path: string, what: string): void {
    this.problems.push(`[ERROR] ${what} [json-pointer:${path}]`);
  }

  max(path: string, s: unknown, n: number, what = 'must be less than'): void {
    if (typeof s === 'string' && s.length > n) this.fail(path, `${what} ${n + 1} characters`);
  }

  id(path: string, s: unknown): void {
    this.max(path, s, 255);
  }

  text(path: string, t: unknown, max: number, plainOnly: boolean): void {
    const o = t as Obj | undefined;
    if (!o || typeof o !== 'object') return this.fail(path, 'must provide an object');
    if (o.type !== 'plain_text' && o.type !== 'mrkdwn') return this.fail(`${path}/type`, 'must be plain_text or mrkdwn');
    if (plainOnly && o.type !== 'plain_text') return this.fail(`${path}/type`, 'must be plain_text');
    if (typeof o.text !== 'string') return this.fail(`${path}/text`, 'must provide a string');
    if (o.text.length === 0) this.fail(`${path}/text`, 'must be more than 0 characters');
    this.max(`${path}/text`, o.text, max);
  }

  element(path: string, e: Obj): void {
    this.id(`${path}/action_id`, e.action_id);
    switch (e.type) {
      case 'button':
        this.text(`${path}/text`, e.text, 75, true);
        this.max(`${path}/value`, e.value, 2000);
        this.max(`${path}/url`, e.url, 3000);
        break;
      case 'plain_text_input': {
        const maxLen = typeof e.max_length === 'number' ? e.max_length : 3000;
        if (maxLen > 3000) this.fail(`${path}/max_length`, 'must be at most 3000');
        this.max(`${path}/initial_value`, e.initial_value, maxLen);
        if (e.placeholder !== undefined) this.text(`${path}/placeholder`, e.placeholder, 150, true);
        break;
      }
      case 'static_select': {
        const options = (e.options as Obj[] | undefined) ?? [];
        if (options.length > 100) this.fail(`${path}/options`, 'must provide at most 100 items');
        options.forEach((o, i) => {
          this.text(`${path}/options/${i}/text`, o.text, 75, true);
          this.max(`${path}/options/${i}/value`, o.value, 150);
        });
        if (e.placeholder !== undefined) this.text(`${path}/placeholder`, e.placeholder, 150, true);
        break;
      }
      case 'checkboxes': {
        // Slack: 1–10 options; option text ≤ 75 (plain_text or mrkdwn), value ≤ 150; initial_options ⊆ options.
        const options = (e.options as Obj[] | undefined) ?? [];
        if (options.length === 0 || options.length > 10) this.fail(`${path}/options`, 'must provide 1 to 10 items');
        options.forEach((o, i) => {
          this.text(`${path}/options/${i}/text`, o.text, 75, false);
          this.max(`${path}/options/${i}/value`, o.value, 150);
        });
        const values = new Set(options.map((o) => o.value));
        ((e.initial_options as Obj[] | undefined) ?? []).forEach((o, i) => {
          if (!values.has(o.value)) this.fail(`${path}/initial_options/${i}`, 'must match one of the options');
        });
        break;
      }
      case 'datepicker':
        if (e.initial_date !== undefined && (typeof e.initial_date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(e.initial_date))) this.fail(`${path}/initial_date`, 'must match YYYY-MM-DD');
        break;
      case 'image':
      case 'mrkdwn':
      case 'plain_text':
        break;
      default:
        this.fail(`${path}/type`, `unsupported element type ${String(e.type)}`);
    }
  }

  block(path: string, b: Obj): void {
    if (b.block_id !== undefined) {
      this.id(`${path}/block_id`, b.block_id);
      if (this.blockIds.has(JSON.stringify(b.block_id))) this.fail(`${path}/block_id`, 'block_id must be unique');
      this.blockIds.add(JSON.stringify(b.block_id));
    }
    switch (b.type) {
      case 'header':
        this.text(`${path}/text`, b.text, 150, true);
        break;
      case 'section': {
        if (b.text === undefined && b.fields === undefined) this.fail(path, 'must provide text or fields');
        if (b.text !== undefined) this.text(`${path}/text`, b.text, 3000, false);
        const fields = (b.fields as Obj[] | undefined) ?? [];
        if (fields.length > 10) this.fail(`${path}/fields`, 'must provide at most 10 items');
        fields.forEach((f, i) => this.text(`${path}/fields/${i}`, f, 2000, false));
        if (b.accessory) this.element(`${path}/accessory`, b.accessory as Obj);
        break;
      }
      case 'context': {
        const els = (b.elements as Obj[] | undefined) ?? [];
        if (els.length === 0 || els.length > 10) this.fail(`${path}/elements`, 'must provide 1 to 10 items');
        els.forEach((e, i) => (e.type === 'image' ? undefined : this.text(`${path}/elements/${i}`, e, 3000, false)));
        break;
      }
      case 'actions': {
        const els = (b.elements as Obj[] | undefined) ?? [];
        if (els.length === 0 || els.length > 25) this.fail(`${path}/elements`, 'must provide 1 to 25 items');
        els.forEach((e, i) => this.element(`${path}/elements/${i}`, e));
        break;
      }
      case 'input':
        this.text(`${path}/label`, b.label, 2000, true);
        if (b.hint !== undefined) this.text(`${path}/hint`, b.hint, 2000, true);
        if (!b.element) this.fail(`${path}/element`, 'must provide an object');
        else this.element(`${path}/element`, b.element as Obj);
        break;
      case 'divider':
        break;
      default:
        this.fail(`${path}/type`, `unsupported block type ${String(b.type)}`);
    }
  }

  blocks(path: string, blocks: unknown, max: number): void {
    if (blocks === undefined) return;
    if (!Array.isArray(blocks)) return this.fail(path, 'must provide an array');
    if (blocks.length > max) this.fail(path, `must provide at most ${max} items`);
    blocks.forEach((b, i) => this.block(`${path}/${i}`, b as Obj));
  }
}

/** Why Slack would refuse this call, or undefined if it would take it. */
export function blockKitRefusal(method: string, body: Obj): Refusal | undefined {
  const c = new Checker();
  if (hasLoneSurrogate(body)) c.fail('', 'contains a lone surrogate (invalid UTF-8)');
  if (MESSAGE_METHODS.has(method)) {
    if (typeof body.text === 'string' && body.text.length > 40_000) return { error: 'msg_too_long', messages: [] };
    c.blocks('/blocks', body.blocks, 50);
    return c.problems.length ? { error: 'invalid_blocks', messages: c.problems } : undefined;
  }
  if (VIEW_METHODS.has(method)) {
    const view = body.view as Obj | undefined;
    if (!view) return undefined;
    c.blocks('/view/blocks', view.blocks, 100);
    if (view.type === 'modal') {
      c.text('/view/title', view.title, 24, true);
      if (view.submit !== undefined) c.text('/view/submit', view.submit, 24, true);
      if (view.close !== undefined) c.text('/view/close', view.close, 24, true);
    }
    c.max('/view/private_metadata', view.private_metadata, 3000);
    c.id('/view/callback_id', view.callback_id);
    return c.problems.length ? { error: 'invalid_arguments', messages: c.problems } : undefined;
  }
  return undefined;
}

function hasLoneSurrogate(v: unknown): boolean {
  if (typeof v === 'string') return LONE_SURROGATE.test(v);
  if (Array.isArray(v)) return v.some(hasLoneSurrogate);
  if (v && typeof v === 'object') return Object.values(v).some(hasLoneSurrogate);
  return false;
}
