/**
 * The local console: a readline chat over the same use cases as Slack. `/quote …`, `/classify …`
 * and every slash command go through the same command table; other text is a DM from CONSOLE_USER
 * (an admin). Replies are the same Block Kit, rendered as text. Works piped: reads to EOF, exits 0.
 */
import { createInterface } from 'node:readline';
import type { Reply } from '../core/reply.js';
import { asCodedError, userMessageOf } from '../core/errors.js';
import { sanitizeText } from '../core/text/sanitize.js';
import { followUpText, isAnswer, pendingFor, type FollowUpKind, type PendingRequest } from '../core/quote-followup.js';
import { helpReply } from '../core/usage.js';
import { askUseCase } from '../usecases/ask.js';
import { slashCommands } from '../usecases/commands.js';
import type { Actor, Deps } from '../usecases/deps.js';
import { messageOf } from '../blocks/reply-blocks.js';
import { present } from '../usecases/present.js';
import { saveVisitUseCase, VISIT_EDIT_ACTION } from '../usecases/visit.js';
import { decodePayload } from '../core/visits/payload.js';
import type { VisitPayload } from '../core/visits/replies.js';
import { renderBlocks } from './render.js';

export const BANNER = '担保助手 Guarantee Desk（本地控制台）— 输入 /help 查看用法，/exit 退出。';

/** What the console remembers between lines: a command still waiting for missing fields. */
export interface ConsoleSession {
  /** A /quote or /classify waiting for a figure (core/quote-followup.ts, the same rule as DMs). */
  pending?: PendingRequest;
  /** A visit draft shown last: typing 保存 saves it (Slack has the 编辑并保存 modal instead). */
  draft?: VisitPayload;
}

const commandOf: Record<FollowUpKind, string> = { quote: '/quote', classify: '/classify' };

/**
 * One console line → rendered reply text, or null for /exit. When a command asked for missing
 * fields (Slack would open a modal), the next plain line that supplies one (core `isAnswer`) is
 * taken as the answer and the command runs again with it appended; any other line drops it.
 * Direct messages keep their own follow-up through askUseCase, by the same rule.
 */
export async function consoleTurn(deps: Deps, actor: Actor, line: string, session: ConsoleSession = {}): Promise<string | null> {
  const text = sanitizeText(line).trim();
  if (text === '') return '';
  if (text === '/exit' || text === '/quit') return null;
  let result: Reply;
  const m = /^(\/[a-z]+)(?:\s+([\s\S]*))?$/i.exec(text);
  const pending = session.pending;
  session.pending = undefined;
  const draft = session.draft;
  session.draft = undefined;
  if (draft && (text === '保存' || text === '保存草稿')) {
    const saved = await saveVisitUseCase(deps, actor, draft);
    const m = messageOf(await present(deps, saved));
    return renderBlocks(m.blocks, m.text);
  }
  let command: { name: string; text: string } | undefined;
  if (m) command = { name: m[1]!.toLowerCase(), text: m[2] ?? '' };
  else if (pending && isAnswer(pending, text, deps.now())) command = { name: commandOf[pending.kind], text: followUpText(pending, text) };
  if (command) {
    const useCase = slashCommands[command.name];
    if (command.name === '/help') result = helpReply();
    else if (useCase) result = await useCase(deps, { text: command.text, actor: { ...actor, surface: 'ephemeral' } });
    else return `没有 ${command.name} 这个命令。输入 /help 查看能做什么。`;
    const kind = (Object.keys(commandOf) as FollowUpKind[]).find((k) => commandOf[k] === command.name);
    if (kind) session.pending = pendingFor(kind, command.text, result, deps.now());
  } else {
    result = await askUseCase(deps, { text, actor });
  }
  const visitValue = result.actions?.find((a) => a.id === VISIT_EDIT_ACTION)?.value;
  const visitDraft = visitValue ? decodePayload(visitValue) : undefined;
  if (visitDraft) session.draft = visitDraft;
  const msg = messageOf(await present(deps, result));
  const out = renderBlocks(msg.blocks, msg.text);
  if (visitDraft) return `${out}\n（控制台里输入“保存”即按草稿保存；要修改，请在 Slack 里点“编辑并保存”，或改好笔记重新发送）`;
  return session.pending ? `${out}\n（直接输入要补充的内容即可；输入其他命令则放弃这次报价）` : out;
}

export async function runConsole(
  deps: Deps,
  userId: string,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; interactive: boolean } = {
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY),
  },
): Promise<void> {
  const actor: Actor = { userId, isAdmin: true, surface: 'console' };
  const rl = createInterface({ input: io.input, terminal: false });
  const write = (s: string) => io.output.write(`${s}\n`);
  const prompt = () => {
    if (io.interactive) io.output.write('担保助手> ');
  };
  if (io.interactive) write(BANNER);
  prompt();
  const session: ConsoleSession = {};
  for await (const line of rl) {
    let out: string | null;
    try {
      out = await consoleTurn(deps, actor, line, session);
    } catch (err) {
      deps.logger.event('error', 'console turn failed', { code: asCodedError(err).code });
      out = userMessageOf(err);
    }
    if (out === null) break;
    if (out !== '') write(out);
    prompt();
  }
  rl.close();
}
