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
