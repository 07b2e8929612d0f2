import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { VirtualAlexa } from 'virtual-alexa';
import { ALEXA_PATH } from '../../../src/channels/alexa';
import { sampleData, startAlexaApp, type AlexaTestApp } from './alexa-test-app';
import { createDialoguePort } from '../../../src/server';
import { testConfig } from '../../server/test-app';
import { post, startTestApp, type TestApp } from '../../server/test-app';

const MODEL = path.join(__dirname, '../../../skills/alexa/skill-package/interactionModels/custom/ja-JP.json');
const out: string[] = [];

const web: [string, string[]][] = [
  ['student', ['京都で塾講師のバイト探してます。週2くらいで', 'はい', 'わからない', '2番目がいい', 'ありがとう']],
  ['homemaker', ['扶養内で働けるパートを探しています。横浜で、平日の10時から14時がいいです', 'スーパーとか', 'はい', 'いいえ', 'ほかのも見たい', 'どれも違う']],
  ['senior', ['68歳でもできる仕事はありますか', '松本市です', '清掃とか警備とか', 'はい', 'ほかのも見たい']],
  ['foreigner', ['Hi, I want a part-time job in Osaka. English OK please', 'cafe or restaurant', 'yes', 'no', 'the second one']],
  ['dialect', ['梅田で飲食以外のバイト探してんねん。飲食はもうええわ', 'せやな', 'あかん', 'ほかにないん？', 'もうええわ']],
  ['night', ['新宿で深夜のバイト、日払いで時給1300円以上', 'なんでもいい', 'わからない', 'わからない', '最初のやつ']],
];

describe('play', () => {
  let app: TestApp;
  let alexaApp: AlexaTestApp;
  beforeAll(async () => {
    const data = await sampleData();
    app = await startTestApp({ dialogue: createDialoguePort(data, testConfig()), catalog: data.catalog });
    alexaApp = await startAlexaApp();
  });
  afterAll(async () => {
    await app.close();
    await alexaApp.close();
    writeFileSync('/tmp/play.md', out.join('\n'));
  });

  it('web', async () => {
    for (const [who, lines] of web) {
      out.push(`\n## web: ${who}`);
      let r = await post(app.url + '/api/v1/turns', { conversationId: `play-${who}`, event: 'start' });
      for (const line of lines) {
        r = await post(app.url + '/api/v1/turns', { conversationId: `play-${who}`, text: line });
        const b = r.body as { messages: { text: string }[]; suggestions: { label: string }[]; jobs: { title: string; match: string; area: { municipality: string } | null; wage: { min: number } | null }[] };
        out.push(`> ${line}`);
        out.push(b.messages.map((m) => '   ' + m.text.replace(/\n/gu, '\n   ')).join('\n'));
        out.push('   [' + b.suggestions.map((s) => s.label).join('] [') + ']');
      }
    }
  });

  it('alexa', async () => {
    const talks: [string, string[]][] = [
      ['senior by voice', ['横浜', 'はい', 'わからない', 'わからない', 'ほかのも見たい']],
      ['student by voice', ['府中', '東京都', 'カフェ', 'はい', 'いいえ']],
    ];
    for (const [who, lines] of talks) {
      const alexa = VirtualAlexa.Builder().skillURL(alexaApp.url + ALEXA_PATH).interactionModelFile(MODEL).locale('ja-JP').create();
      out.push(`\n## alexa: ${who}`);
      const l = (await alexa.launch()) as { response: { outputSpeech: { ssml: string } } };
      out.push('   ' + l.response.outputSpeech.ssml);
      for (const line of lines) {
        try {
          const r = (await alexa.utter(line)) as { response: { outputSpeech: { ssml: string }; card?: { text: string } } };
          out.push(`> ${line}`);
          out.push('   ' + r.response.outputSpeech.ssml);
        } catch (e) {
          out.push(`> ${line}  (not matched by the model: ${(e as Error).message.slice(0, 80)})`);
        }
      }
    }
  });
});
