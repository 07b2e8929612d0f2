import { formatMarkdownTable, formatTable } from '../cli/format-table';
import type { HttpBenchResult } from './http-benchmark';
import type { LoadSummary } from './http-load';

const HEADER = ['run', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors', 'requests'];

function row(summary: LoadSummary): string[] {
  return [
    summary.name,
    summary.requestsPerSecond.toFixed(0),
    summary.p50.toFixed(1),
    summary.p90.toFixed(1),
    summary.p99.toFixed(1),
    summary.max.toFixed(1),
    String(summary.errors),
    String(summary.requests),
  ];
}

function rows(result: HttpBenchResult): string[][] {
  return [row(result.turns), row(result.floor), row(result.fixedRate)];
}

function verdictLines(result: HttpBenchResult): string[] {
  const { turns, floor, fixedRate, ratio } = result;
  return [
    `floor / turns throughput: ${ratio.throughput.toFixed(2)}× (${floor.requestsPerSecond.toFixed(0)} vs ${turns.requestsPerSecond.toFixed(0)} req/s)`,
    `turn p99 / floor p99: ${ratio.p99.toFixed(2)}× (${turns.p99.toFixed(1)} vs ${floor.p99.toFixed(1)} ms)`,
    `at ${fixedRate.targetRate ?? '?'} turns/s: p99 ${fixedRate.p99.toFixed(1)} ms, achieved ${fixedRate.requestsPerSecond.toFixed(0)}/s, ${fixedRate.errors} errors`,
    `${result.conversationsStarted} conversations started; server ready ${Math.round(result.serverStartMs)} ms after fork`,
    ...(result.dialogueOnly === null
      ? []
      : [
          `dialogue alone (takeTurn + state JSON, one core): ${result.dialogueOnly.meanMs.toFixed(2)} ms/turn = ` +
            `${result.dialogueOnly.turnsPerSecond.toFixed(0)} turns/s; HTTP turns reach ` +
            `${((result.turns.requestsPerSecond / result.dialogueOnly.turnsPerSecond) * 100).toFixed(0)}% of that`,
        ]),
  ];
}

export function textReport(result: HttpBenchResult): string {
  return [formatTable(HEADER, rows(result)), '', ...verdictLines(result)].join('\n');
}

export function markdownReport(result: HttpBenchResult, machine: string): string {
  const o = result.options;
  return [
    `HTTP benchmark (${machine}): one server process with Redis sessions, autocannon on loopback, ` +
      `${o.connections} connections, ${o.durationSeconds} s per run after ${o.warmupSeconds} s warm-up, ` +
      `${o.liveConversations} live conversations. (a) real turns of the bundled sample dialogue; (b) floor: ` +
      `same JSON parsing, one Redis GET + SET; (c) turns at a fixed rate.`,
    '',
    formatMarkdownTable(HEADER, rows(result)),
    '',
    ...verdictLines(result).map((line) => `- ${line}`),
  ].join('\n');
}
