/** Usage lines of the benchmark commands, apart from them: `soudan help` must not load their modules. */
export const BENCH_HTTP_USAGE =
  'soudan bench-http [--duration S] [--connections N] [--rate R] [--warmup S] [--conversations N]   (npm run bench:http; needs Redis at REDIS_URL)';
export const BENCH_SOAK_USAGE =
  'soudan bench-soak [--minutes 10] [--rate 500] [--outage 30]   (npm run bench:soak; needs redis-server)';
export const BENCH_VOICE_USAGE = 'soudan bench-voice [--dialogues N] (npm run bench:voice)';
export const BENCH_QA_USAGE =
  'soudan bench-qa [--conversations 1000]   (npm run bench:qa; a QA replay run in-process)';
export const BENCH_PARSE_USAGE = 'soudan bench-parse (npm run bench:parse)';
export const BENCH_DIALOGUE_USAGE =
  'soudan bench-dialogue [--no-shapes | --shapes-only] [--shape-targets N] [--shape-seed N] (npm run bench:dialogue)';
export const BENCH_ENGINE_USAGE = 'soudan bench-engine [--quick] (npm run bench:engine)';
export const BENCH_EXPERIMENT_USAGE =
  'soudan bench-experiment [--users 200000] [--reruns 200] [--lift 1.06] [--base-rate 0.05] (npm run bench:experiment)';
