import type { App } from '@slack/bolt';
import { slashCommands } from '../../usecases/commands.js';
import type { Deps } from '../../usecases/deps.js';
import { slashCommand } from './slash-command.js';

export function register(app: App, deps: Deps): void {
  for (const [name, useCase] of Object.entries(slashCommands)) app.command(name, slashCommand(deps, useCase));
}
