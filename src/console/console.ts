/**
 * The local console: a readline chat over the same use cases as Slack. `/quote …`, `/classify …`
 * and every slash command go through the same command table; other text is a DM from CONSOLE_USER
 * (an admin). Replies are the same Block Kit, rendered as text. Works piped: reads to EOF, exits 0.
 */
import { createInterface } from 'node:readline';
import { replyBlocks } from '../blocks/reply-blocks.js';
import type { Reply } from '../core/reply.js';
import { helpReply } from '../core/usage.js';
import { askUseCase } from '../usecases/ask.js';
import { slashCommands } from '../usecases/commands.js';
import type { Actor, Deps } from '../usecases/deps.js';
import { renderBlocks } from './render.js';

export const BANNER = '担保助手 Guarantee Desk（本地控制台）— 输入 /help 查看用法，/exit 退出。';

/** One console line → rendered reply text, or null for /exit. */
export async function consoleTurn(deps: Deps, actor: Actor, line: string): Promise<string | null> {
  const text = line.trim();
  if (text === '') return '';
  if (text === '/exit' || text === '/quit') return null;
  let result: Reply;
  const m = /^(\/[a-z]+)(?:\s+([\s\S]*))?$/i.exec(text);
  if (m) {
    const name = m[1]!.toLowerCase();
    const useCase = slashCommands[name];
    if (name === '/help') result = helpReply();
    else if (useCase) result = await useCase(deps, { text: m[2] ?? '', actor: { ...actor, surface: 'ephemeral' } });
    else return `没有 ${name} 这个命令。输入 /help 查看能做什么。`;
  } else {
    result = await askUseCase(deps, { text, actor });
  }
  const msg = replyBlocks(result);
  return renderBlocks(msg.blocks, msg.text);
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
  for await (const line of rl) {
    let out: string | null;
    try {
      out = await consoleTurn(deps, actor, line);
    } catch (err) {
      deps.logger.event('error', 'console turn failed', { code: (err as { code?: string }).code ?? 'INTERNAL' });
      out = '抱歉，刚才出错了，已记录。请换个说法再试，或输入 /help。';
    }
    if (out === null) break;
    if (out !== '') write(out);
    prompt();
  }
  rl.close();
}
