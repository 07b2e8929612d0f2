import type { Reply } from '../../dialogue';
import { linkedReply, type JobLinker } from './linked-reply';

const reply = {
  messages: [],
  suggestions: [],
  question: null,
  jobs: [{ id: 'L1', title: 't', jobTypeIds: [], conditionIds: [], url: 'https://jobs.example/L1' }],
  matches: ['exact'],
  cards: [{ id: 'L1', url: 'https://jobs.example/L1' }],
  done: false,
  act: 'showResults',
} as unknown as Reply;

describe('click-through links', () => {
  const link: JobLinker = (job, context) =>
    `https://soudan.example/r/${context.channel}.${context.conversationId}.${job.id}`;

  it('go through the linker for every job and card of the reply, naming the channel and conversation', () => {
    const linked = linkedReply(reply, link, 'line', 'U1');
    expect(linked.jobs[0]!.url).toBe('https://soudan.example/r/line.U1.L1');
    expect(linked.cards![0]!.url).toBe('https://soudan.example/r/line.U1.L1');
    expect(reply.jobs[0]!.url).toBe('https://jobs.example/L1');
  });

  it('stay the job’s own without a linker', () => {
    expect(linkedReply(reply, undefined, 'web', 'c')).toBe(reply);
  });
});
