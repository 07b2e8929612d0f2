import { SoudanError } from '../../errors';
import type { Suggestion } from '../../dialogue/types';
import type { NeutralReply } from '../neutral-reply';
import type { ReplayChannel, UserInput } from '../script';

/** What a platform's response carries of the neutral reply; the rest comes from the dialogue. */
export type PlatformReply = Partial<
  Pick<NeutralReply, 'texts' | 'speech' | 'suggestions' | 'question' | 'jobs' | 'done'>
>;

/** One request and its answer, as sent and received: for the transcript. */
export interface Exchange {
  readonly request: unknown;
  readonly status: number;
  readonly response: unknown;
  readonly platform: PlatformReply;
}

/** One conversation on one channel: keeps what the platform keeps between turns (ids, session params). */
export interface ChannelSession {
  /** `offered`: the suggestions the dialogue's last reply made (their postback values). */
  send(input: UserInput, offered: readonly Suggestion[]): Promise<Exchange>;
}

export interface ChannelDriver {
  readonly channel: ReplayChannel;
  open(conversationId: string, locale: 'ja' | 'en' | null): ChannelSession;
}

/** A step this channel cannot express, or a platform answer that is not what the channel sends. */
export class ReplayStepError extends SoudanError {}

export interface HttpAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly text: string;
}

/** Retries of one request that was told to come back later (429 or 503 with Retry-After). */
const MAX_RETRIES = 5;
/** The longest wait honoured: a deployment asking for more is treated as down. */
const MAX_WAIT_MS = 60_000;

/**
 * POSTs a body exactly as given (signatures cover its bytes) and reads the answer, JSON when it is JSON. A 429 or
 * 503 with Retry-After is waited out and sent again (a staging deployment's rate limits and store outages), up to
 * five times.
 */
export async function postBody(
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  retries = MAX_RETRIES,
): Promise<HttpAnswer> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, { method: 'POST', headers, body });
    const text = await response.text();
    const wait = retryAfterMs(response.headers.get('retry-after'), Date.now());
    if ((response.status === 429 || response.status === 503) && wait !== null && attempt < retries) {
      if (wait > MAX_WAIT_MS) return answer(response.status, text);
      await sleep(wait);
      continue;
    }
    return answer(response.status, text);
  }
}

function answer(status: number, text: string): HttpAnswer {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status, body: parsed, text };
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** A non-200 answer is never a reply: the step fails with the platform's status and body. */
export function expectOk(channel: ReplayChannel, answer: HttpAnswer): void {
  if (answer.status !== 200) {
    throw new ReplayStepError(`${channel} answered HTTP ${answer.status}: ${answer.text.slice(0, 300)}`, {
      context: { channel, status: answer.status },
    });
  }
}

/** A postback on a voice channel with no intent of its own: the user says the label of the button. */
export function spokenLabel(
  channel: ReplayChannel,
  postback: string,
  offered: readonly Suggestion[],
): string {
  const label = offered.find((s) => s.postback === postback)?.label;
  if (label === undefined) {
    throw new ReplayStepError(
      `${channel} has no intent for postback "${postback}" and the last reply offered no button with it`,
      { context: { channel, postback } },
    );
  }
  return label;
}
