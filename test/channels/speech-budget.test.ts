import { speechSsml, SpokenReadings } from '../../src/channels/shared';
import { estimateSpeechSeconds } from '../../src/channels/shared/speech-length';
import type { TurnInput } from '../../src/dialogue/types';
import { createDialoguePort } from '../../src/server';
import { testConfig } from '../server/test-app';
import { sampleData } from './alexa/alexa-test-app';

describe('estimateSpeechSeconds', () => {
  it('counts kana as morae at 7 a second, readings instead of what they stand for, and breaks as written', () => {
    expect(estimateSpeechSeconds('<speak>あいうえおかきくけこさしすせ</speak>')).toBeCloseTo(2, 5);
    expect(estimateSpeechSeconds('<speak>きゃきゅきょ</speak>')).toBeCloseTo(3 / 7, 5);
    expect(
      estimateSpeechSeconds('<speak><sub alias="みた">三田</sub><break time="700ms"/></speak>'),
    ).toBeCloseTo(2 / 7 + 0.7, 5);
  });

  it('counts English words by syllables (about 4 a second) and spells out acronyms', () => {
    // "Answer" 2, "a" 1, "few" 1, "questions" 2: 6 syllables of 7/4 morae, and the full stop's pause.
    expect(estimateSpeechSeconds('<speak>Answer a few questions.</speak>')).toBeCloseTo(6 / 4 + 0.45, 5);
    expect(estimateSpeechSeconds('<speak>OK</speak>')).toBeCloseTo(3 / 7, 5);
    expect(estimateSpeechSeconds('<speak>I&apos;ll</speak>')).toBeCloseTo(1 / 4, 5);
  });
});

describe('details read by a speaker', () => {
  it('「2番目を詳しく」 is told in under 20 seconds, and the results question says what one can say', async () => {
    const data = await sampleData();
    const voice = createDialoguePort(data, testConfig()).voice!;
    const readings = new SpokenReadings(data.catalog.prefectures);
    const worst: number[] = [];
    for (const search of [
      '京都市で塾講師のバイト',
      '大阪府でカフェ、まかない付き',
      '札幌でコンビニ、週2',
      '福岡市で日払い',
    ]) {
      let state: unknown = undefined;
      let asked = '';
      let input: TurnInput = { kind: 'start' };
      for (let i = 0; i < 12 && asked !== 'results'; i++) {
        const { state: next, reply } = voice.takeTurn(state, input);
        state = JSON.parse(JSON.stringify(next));
        asked = reply.question?.kind ?? '';
        if (asked === 'results') expect(reply.messages.at(-1)!.speech).toMatch(/詳しく/u);
        // The search first, then 「なんでもいい」 to the open work question and yes to the rest.
        input =
          i === 0
            ? { kind: 'text', text: search }
            : reply.question?.kind === 'jobType' && reply.question.id === null
              ? { kind: 'text', text: 'なんでもいい' }
              : { kind: 'postback', value: 'yes' };
      }
      expect(asked).toBe('results');
      const { reply } = voice.takeTurn(state, { kind: 'text', text: '2番目を詳しく' });
      expect(reply.act).toBe('details');
      worst.push(estimateSpeechSeconds(speechSsml(reply.messages, readings)));
    }
    expect(Math.max(...worst)).toBeLessThan(20);
  });
});
