import { Conversation, sharedRenderer, smallContext } from '../../dialogue/testing/dialogue-fixture';
import type { Reply } from '../../dialogue/types';
import { estimateSpeechSeconds, SPEECH_BUDGET_SECONDS } from './speech-length';
import { speechSsml } from './ssml';
import { SpokenReadings } from './spoken-readings';
import { spokenMessages } from './spoken-reply';

const view = { renderer: sharedRenderer(), readings: new SpokenReadings([]) };
const said = (reply: Reply) =>
  spokenMessages(reply, 'ja', view)
    .map((m) => m.speech)
    .join(' ');

function results(): { c: Conversation; reply: Reply } {
  const c = new Conversation(smallContext({ resultsPerPage: 3 }, 'in-order'));
  c.start();
  c.say('どこでもいい');
  let reply = c.say('なんでもいい');
  for (let i = 0; i < 10 && reply.question?.kind !== 'results'; i++) reply = c.say('はい');
  expect(reply.question?.kind).toBe('results');
  expect(reply.cards.length).toBe(3);
  return { c, reply };
}

describe('spokenMessages', () => {
  it('names a list by number and work, says where the whole list is, and leaves the text as it was', () => {
    const { reply } = results();
    const speech = said(reply);
    expect(speech).toMatch(/1つ目、.*2つ目、.*3つ目、/u);
    expect(speech).toContain('一覧はアプリにあります');
    expect(speech).not.toMatch(/時給|件目/u);
    expect(spokenMessages(reply, 'ja', view).map((m) => m.text)).toEqual(reply.messages.map((m) => m.text));
  });

  it('names fewer jobs when what comes before them fills the turn, and says where the others are', () => {
    const { reply } = results();
    const ack = '大阪府ですね、了解です。';
    const crowded: Reply = { ...reply, messages: [{ text: ack, speech: ack }, ...reply.messages] };
    const messages = spokenMessages(crowded, 'ja', view);
    const speech = messages.map((m) => m.speech).join(' ');
    expect(speech).toContain('1つ目、');
    expect(speech).not.toContain('3つ目、');
    expect(speech).toMatch(/ほかの\d件はアプリで見られます/u);
    expect(estimateSpeechSeconds(speechSsml(messages, view.readings))).toBeLessThan(
      SPEECH_BUDGET_SECONDS.list,
    );
  });

  it('with no room to name any job, says where the list is, not where 「the others」 are', () => {
    const { reply } = results();
    const long = '広島県福山市ですね！'.repeat(12);
    const crowded: Reply = { ...reply, messages: [{ text: long, speech: long }, ...reply.messages] };
    const speech = said(crowded);
    expect(speech).not.toContain('1つ目、');
    expect(speech).not.toMatch(/ほかの\d件/u);
    expect(speech).toContain('一覧はアプリにあります');
  });

  it('says whose job each is when two named jobs have the same work in their title', () => {
    const { reply } = results();
    const [first, second, third] = reply.cards;
    const same: Reply = {
      ...reply,
      cards: [
        { ...first!, title: 'カフェ', company: '甲社' },
        { ...second!, title: 'カフェ', company: '乙社' },
        third!,
      ],
    };
    const speech = said(same);
    expect(speech).toContain('1つ目、カフェ、甲社。');
    expect(speech).toContain('2つ目、カフェ、乙社。');
  });

  it('leaves an aside out rather than name no job, and keeps it when there is room', () => {
    const { reply } = results();
    const withAside = (aside: string): Reply => ({
      ...reply,
      messages: [{ text: aside, speech: aside, role: 'aside' }, ...reply.messages],
    });
    const spoken = (r: Reply) =>
      spokenMessages(r, 'ja', view)
        .map((m) => m.speech)
        .join(' ');
    const long =
      '大阪府ですね、了解です。1,373件のうち、交通費支給、未経験OK、学生歓迎、シフト自由のお仕事は58件です。';
    expect(spoken(withAside(long))).toContain('1つ目、');
    expect(spoken(withAside(long))).not.toContain('58件');
    const short = '14件のうち、日払いOKのお仕事は6件です。';
    expect(spoken(withAside(short))).toContain(short);
    expect(spoken(withAside(short))).toContain('1つ目、');
  });

  it('does not read a chosen job again, and tells one job in full as the dialogue words it', () => {
    const { c } = results();
    const details = c.say('2番目を詳しく');
    expect(details.act).toBe('details');
    expect(spokenMessages(details, 'ja', view)).toEqual(details.messages);
    const chosen = c.say('それにする');
    expect(chosen.action?.kind).toBe('chosen');
    expect(said(chosen)).toContain('求人のリンクはアプリに送りました');
    expect(said(chosen)).not.toContain('1つ目');
  });

  it('puts a short word in place of a long acknowledgement, and keeps the question', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    const reply = c.say('どこでもいい');
    const long = 'カフェ、日払いOK、まかない付き、交通費支給、未経験OKも条件に入れておきますね。'.repeat(3);
    const crowded: Reply = {
      ...reply,
      messages: [{ text: long, speech: long, role: 'acknowledgements' }, ...reply.messages.slice(-1)],
    };
    const messages = spokenMessages(crowded, 'ja', view);
    expect(messages[0]!.speech).toBe('わかりました、条件に入れますね。');
    expect(messages[1]).toEqual(reply.messages.at(-1));
  });

  it('never shortens words that are not acknowledgements: 「条件に入れますね」 would be untrue', () => {
    const c = new Conversation(smallContext({}, 'in-order'));
    c.start();
    const reply = c.say('近所でなんかバイトないかな');
    expect(reply.messages[0]!.role).toBeUndefined();
    const long = reply.messages[0]!.speech.repeat(3);
    const crowded: Reply = {
      ...reply,
      messages: [{ ...reply.messages[0]!, speech: long }, ...reply.messages.slice(1)],
    };
    expect(spokenMessages(crowded, 'ja', view)[0]!.speech).toBe(long);
  });
});
