/**
 * Structured JSON-lines logger (stderr) implementing Bolt's Logger interface.
 * Never pass client personal data or secrets to it: log ids, codes and counts only.
 */
import { LogLevel, type Logger } from '@slack/bolt';

const ORDER = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof ORDER;

export interface AppLogger extends Logger {
  event(level: Level, msg: string, fields?: Record<string, unknown>): void;
}

function serialise(arg: unknown): unknown {
  if (arg instanceof Error) return { name: arg.name, message: arg.message, code: (arg as { code?: unknown }).code };
  return arg;
}

/**
 * @slack/web-api logs every request body and API result at debug (`http request body: {…}`,
 * `http request result: {…}`): replies with client names, contacts, phones. Keep the prefix only.
 */
const LIBRARY_PAYLOAD = /^(http (?:request|response) (?:body|result|headers)):[\s\S]*$/;

export function redactLibraryLine(msg: string): string {
  return msg.replace(LIBRARY_PAYLOAD, '$1: [redacted]');
}

export function createLogger(level: Level = 'info', sink: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): AppLogger {
  let current: Level = level;
  let name = 'guarantee-desk';
  const write = (lvl: Level, msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < ORDER[current]) return;
    sink(JSON.stringify({ t: new Date().toISOString(), level: lvl, name, msg, ...fields }));
  };
  const fromArgs =
    (lvl: Level) =>
    (...args: unknown[]) => {
      // Level first: Bolt and the Web API call debug() several times per request (#17 profile).
      if (ORDER[lvl] < ORDER[current]) return;
      const [first, ...rest] = args;
      const msg = typeof first === 'string' ? redactLibraryLine(first) : '';
      const extra = (typeof first === 'string' ? rest : args).map(serialise);
      write(lvl, msg, extra.length ? { args: extra } : undefined);
    };
  return {
    debug: fromArgs('debug'),
    info: fromArgs('info'),
    warn: fromArgs('warn'),
    error: fromArgs('error'),
    setLevel(l: LogLevel) {
      current = (l as string as Level) in ORDER ? (l as string as Level) : current;
    },
    getLevel: () => current as unknown as LogLevel,
    setName(n: string) {
      name = n;
    },
    event: write,
  };
}
