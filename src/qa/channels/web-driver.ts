import { plainSpeech } from '../neutral-reply';
import type { UserInput } from '../script';
import {
  expectOk,
  postBody,
  ReplayStepError,
  type ChannelDriver,
  type ChannelSession,
  type HttpAnswer,
} from './driver';

interface WebTurnBody {
  messages: { text: string; speech: string }[];
  suggestions: { label: string; postback: string }[];
  question: { kind: 'area' | 'jobType' | 'condition' | 'results'; id: string | null } | null;
  jobs: {
    id: string;
    title: string;
    match: 'exact' | 'related';
    jobTypeIds: string[];
    conditionIds: string[];
    area: { prefecture: string; municipality: string | null } | null;
  }[];
  done: boolean;
}

/** The chat page's words for an error answer (locales/<lang>/labels.json `page.errors`), and its retry button. */
export type PageErrorWords = (code: string, locale: 'ja' | 'en') => { text: string; retry: string } | null;

/**
 * The web chat API (`POST /api/v1/turns`) with the QA token and the replay's own conversation ids. A 503
 * `session_store_unavailable` is no failure of the step by itself: the chat page shows it as its apology and a
 * retry button, and that is what the step sees. `retry: false` does not wait out Retry-After (in-process, where
 * only a script's own `sessionStore: down` answers 503).
 */
export function webDriver(
  baseUrl: string,
  qaToken: string,
  options: { readonly pageWords?: PageErrorWords; readonly retry?: boolean } = {},
): ChannelDriver {
  return {
    channel: 'web',
    open(conversationId, locale): ChannelSession {
      return {
        async send(input: UserInput) {
          const request = { conversationId, ...webInput(input), ...(locale === null ? {} : { locale }) };
          const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${qaToken}` };
          const answer = await postBody(
            `${baseUrl}/api/v1/turns`,
            JSON.stringify(request),
            headers,
            undefined,
            options.retry === false ? 0 : undefined,
          );
          const apology = unavailable(answer, options.pageWords, locale ?? 'ja');
          if (apology !== null) {
            return { request, status: answer.status, response: answer.body, platform: apology };
          }
          expectOk('web', answer);
          const body = answer.body as WebTurnBody;
          return {
            request,
            status: answer.status,
            response: body,
            platform: {
              texts: body.messages.map((m) => m.text),
              speech: body.messages.map((m) => plainSpeech(m.speech)),
              suggestions: body.suggestions.map((s) => s.label),
              question: body.question === null ? null : { kind: body.question.kind, id: body.question.id },
              jobs: body.jobs.map((j) => ({
                id: j.id,
                title: j.title,
                match: j.match,
                jobTypeIds: j.jobTypeIds,
                conditionIds: j.conditionIds,
                prefecture: j.area?.prefecture ?? null,
                municipality: j.area?.municipality ?? null,
              })),
              done: body.done,
            },
          };
        },
      };
    },
  };
}

/** What the chat page shows for a 503 session_store_unavailable: its apology and a retry button. */
function unavailable(answer: HttpAnswer, words: PageErrorWords | undefined, locale: 'ja' | 'en') {
  const code = (answer.body as { error?: { code?: unknown } } | null)?.error?.code;
  if (answer.status !== 503 || code !== 'session_store_unavailable' || words === undefined) return null;
  const shown = words(code, locale);
  return shown === null ? null : { texts: [shown.text], suggestions: [shown.retry] };
}

function webInput(input: UserInput): Record<string, string> {
  switch (input.kind) {
    case 'start':
      return { event: 'start' };
    case 'text':
      return { text: input.text };
    case 'postback':
      return { postback: input.value };
    default:
      throw new ReplayStepError(`the web chat cannot send a ${input.kind} step (mark it channel-specific)`);
  }
}
