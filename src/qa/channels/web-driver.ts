import { plainSpeech } from '../neutral-reply';
import type { UserInput } from '../script';
import { expectOk, postBody, ReplayStepError, type ChannelDriver, type ChannelSession } from './driver';

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

/** The web chat API (`POST /api/v1/turns`) with the QA token and the replay's own conversation ids. */
export function webDriver(baseUrl: string, qaToken: string): ChannelDriver {
  return {
    channel: 'web',
    open(conversationId, locale): ChannelSession {
      return {
        async send(input: UserInput) {
          const request = { conversationId, ...webInput(input), ...(locale === null ? {} : { locale }) };
          const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${qaToken}` };
          const answer = await postBody(`${baseUrl}/api/v1/turns`, JSON.stringify(request), headers);
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
