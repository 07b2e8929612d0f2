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

/** POSTs a body exactly as given (signatures cover its bytes) and reads the answer, JSON when it is JSON. */
export async function postBody(
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
): Promise<HttpAnswer> {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: response.status, body: parsed, text };
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
