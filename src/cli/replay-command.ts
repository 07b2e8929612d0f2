import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  describeFailure,
  failedStep,
  junitXml,
  loadScripts,
  REPLAY_CHANNELS,
  runReplay,
  selectByTags,
  startReplayApp,
  transcript,
  transcriptName,
  type ReplayChannel,
} from '../qa';
import { conversationJsonSchema } from '../qa/json-schema';
import { remoteTarget } from '../qa/remote-target';
import { UsageError } from './usage-error';

export const REPLAY_USAGE =
  'soudan replay <files or dirs> [--target inprocess|URL] [--channel web|line|alexa|google|teams|all] [--tags TAG,!TAG] ' +
  '[--junit FILE] [--transcripts DIR] [--catalog DIR --model FILE] [--redis URL] | soudan replay --schema';

/**
 * Replays QA conversation scripts through the real app in this process (or a deployment: --target URL, its
 * secrets from the environment), on each channel's own request format, and checks every expectation. Prints each failure (step, expected, actual) and a one-line summary; exit 1
 * when any conversation failed.
 */
export async function replayCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      channel: { type: 'string', multiple: true },
      tags: { type: 'string', multiple: true },
      junit: { type: 'string' },
      transcripts: { type: 'string' },
      target: { type: 'string' },
      catalog: { type: 'string' },
      model: { type: 'string' },
      redis: { type: 'string' },
      schema: { type: 'boolean', default: false },
    },
  });
  if (values.schema) {
    out(JSON.stringify(conversationJsonSchema(), null, 2));
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('name at least one script file or directory');
  const channels = channelList(values.channel ?? ['all']);
  const tags = (values.tags ?? []).flatMap((t) => t.split(',')).filter((t) => t !== '');
  const conversations = selectByTags(await loadScripts(positionals), tags);
  if (conversations.length === 0) throw new UsageError('no conversation matches the files and tags given');
  const target = values.target ?? 'inprocess';
  if (values.redis !== undefined && target !== 'inprocess') {
    throw new UsageError('--redis is for the in-process replay: a deployment has its own Redis');
  }
  const app =
    target === 'inprocess'
      ? await startReplayApp({
          ...(values.catalog === undefined ? {} : { catalogDir: values.catalog }),
          ...(values.model === undefined ? {} : { modelPath: values.model }),
          ...(values.redis === undefined ? {} : { redisUrl: values.redis }),
        })
      : await remoteTarget(target, process.env, values.catalog);
  let report;
  try {
    report = await runReplay(app, conversations, channels, (result) => {
      const step = failedStep(result);
      if (step !== undefined) for (const line of describeFailure(result, step)) out(line);
    });
  } finally {
    await app.close();
  }
  if (values.junit !== undefined) {
    await mkdir(dirname(values.junit), { recursive: true });
    await writeFile(values.junit, junitXml(report));
  }
  if (values.transcripts !== undefined) {
    await mkdir(values.transcripts, { recursive: true });
    for (const result of report.results) {
      await writeFile(join(values.transcripts, transcriptName(result)), transcript(result));
    }
  }
  const unchecked = report.results.reduce(
    (n, r) => n + r.steps.reduce((m, s) => m + (s.unchecked?.length ?? 0), 0),
    0,
  );
  // What ran: a conversation limited to some channels leaves the others out of a run, and itself out of theirs.
  const ran = channels.filter((c) => report.results.some((r) => r.channel === c));
  const played = new Set(report.results.map((r) => r.conversation)).size;
  out(
    `qa replay: ${report.results.length} runs (${played} conversations on ${ran.length > 0 ? ran.join(', ') : 'no channel'}): ` +
      `${report.passed} passed, ${report.failed} failed` +
      (report.skipped > 0 ? `, ${report.skipped} skipped (they cut the session store: --redis URL)` : '') +
      ` in ${report.seconds.toFixed(1)} s` +
      (unchecked > 0 ? ` (${unchecked} checks not observable on their channel: see the transcripts)` : ''),
  );
  return report.failed === 0 ? 0 : 1;
}

function channelList(raw: readonly string[]): ReplayChannel[] {
  const names = raw.flatMap((c) => c.split(',')).map((c) => c.trim());
  if (names.includes('all')) return [...REPLAY_CHANNELS];
  const unknown = names.filter((n) => !(REPLAY_CHANNELS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw new UsageError(
      `--channel must be all or among ${REPLAY_CHANNELS.join(', ')}, got ${unknown.join(', ')}`,
    );
  }
  return [...new Set(names)] as ReplayChannel[];
}
