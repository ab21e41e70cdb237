/**
 * The framework floor: a bare Bolt app (same Bolt version, HTTP receiver, processBeforeResponse
 * false) whose /quote and /classify ack and respond() a fixed text, as ours replies. Child of run.ts.
 */
import { App, LogLevel } from '@slack/bolt';

const port = Number(process.env.PORT);
const app = new App({
  token: 'xoxb-bench',
  signingSecret: process.env.SLACK_SIGNING_SECRET!,
  processBeforeResponse: false,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL! },
  customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => void res.writeHead(200).end('ok') }],
});
for (const name of ['/quote', '/classify']) {
  app.command(name, async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: 'ephemeral', text: '固定回复 fixed reply' });
  });
}
await app.start(port);
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
