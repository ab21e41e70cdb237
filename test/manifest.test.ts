/** manifest.yml declares every slash command the app registers, and the events it listens to. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slashCommands } from '../src/usecases/commands.js';

const manifest = readFileSync(new URL('../manifest.yml', import.meta.url), 'utf8');
const declared = [...manifest.matchAll(/- command: (\/[a-z]+)/g)].map((m) => m[1]);

describe('manifest.yml', () => {
  it('declares exactly the registered slash commands', () => {
    expect(declared.sort()).toEqual(Object.keys(slashCommands).sort());
  });
  it.each(['message.im', 'app_home_opened', 'app_mention'])('subscribes to %s', (event) => {
    expect(manifest).toMatch(new RegExp(`- ${event.replace('.', '\\.')}\\b`));
  });
  it.each(['socket_mode_enabled: true', 'is_enabled: true', 'messages_tab_enabled: true', 'home_tab_enabled: true'])('has %s', (line) => {
    expect(manifest).toContain(line);
  });
});

/** manifest.http.yml: HTTP mode in one paste (#14.9) — every URL Slack needs, and otherwise the same app. */
describe('manifest.http.yml', () => {
  const http = readFileSync(new URL('../manifest.http.yml', import.meta.url), 'utf8');
  const URL_LINE = /^\s*(?:request_url|url): (https:\/\/[^\s]+)$/gm;
  const withoutComments = (s: string) =>
    s
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('#'))
      .join('\n');

  it('turns Socket Mode off', () => {
    expect(http).toContain('socket_mode_enabled: false');
    expect(http).not.toContain('socket_mode_enabled: true');
  });

  it('gives every slash command a url, and events and interactivity a request_url, all at /slack/events over https', () => {
    const commands = [...http.matchAll(/- command: (\/[a-z]+)\n((?: {6}.*\n)+)/g)];
    expect(commands.map((m) => m[1]).sort()).toEqual(Object.keys(slashCommands).sort());
    for (const m of commands) expect(m[2]).toMatch(/^ {6}url: https:\/\/[^\s/]+\/slack\/events$/m);
    expect(http).toMatch(/event_subscriptions:\n {4}request_url: https:\/\/[^\s/]+\/slack\/events\n/);
    expect(http).toMatch(/interactivity:\n {4}is_enabled: true\n {4}request_url: https:\/\/[^\s/]+\/slack\/events\n/);
    const urls = [...http.matchAll(URL_LINE)].map((m) => m[1]);
    expect(urls).toHaveLength(commands.length + 2);
    expect(new Set(urls).size).toBe(1);
  });

  it('is otherwise manifest.yml line for line (scopes, events, commands), so the two cannot drift', () => {
    const strip = (s: string) =>
      withoutComments(s)
        .replace(URL_LINE, '')
        .split('\n')
        .filter((l) => l.trim() && !l.includes('socket_mode_enabled'))
        .join('\n');
    expect(strip(http)).toBe(strip(manifest));
  });
});
