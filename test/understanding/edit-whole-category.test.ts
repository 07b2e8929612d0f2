import type { DialogueState } from '../../src/dialogue';
import { statedConstraints } from '../../src/dialogue/constraints';
import { createDialoguePort } from '../../src/server';
import { testConfig } from '../server/test-app';
import { sampleDialogue } from './sample-dialogue';

/**
 * 「条件を変えたい」 after 「飲食以外ならなんでも」 (a student in 仙台, played on the web chat): the summary had
 * listed every food job type as its own 「〜以外」 with a button each; a whole category is one item.
 */
describe('the summary of the conditions, with a category refused as one word', () => {
  const { play, textOf, data } = sampleDialogue();

  it('names the category once, with one button that takes all of it out', () => {
    const { replies, state } = play(['仙台駅の近くで', '飲食以外ならなんでも', '条件を変えたい']);
    const summary = replies.at(-1)!;
    expect(textOf(summary)).toContain('フード・飲食以外');
    expect(textOf(summary)).not.toMatch(/ホールスタッフ以外|キッチンスタッフ以外/u);
    const labels = summary.suggestions.map((s) => s.label);
    expect(labels).toContain('フード・飲食以外を外す');
    const refused = statedConstraints(state).unwantedTypes;
    expect(refused.size).toBeGreaterThan(3);

    // Tapped: none of them is refused any more; the place stays.
    const button = summary.suggestions.find((s) => s.label === 'フード・飲食以外を外す')!;
    const port = createDialoguePort(data(), testConfig());
    const tapped = port.takeTurn(state, { kind: 'postback', value: button.postback });
    const after = statedConstraints(tapped.state as DialogueState);
    expect(after.unwantedTypes.size).toBe(0);
    expect(after.area).toEqual(statedConstraints(state).area);
  });

  it('does not understand a category the catalogue lacks', () => {
    const { state } = play(['仙台駅の近くで', '飲食以外ならなんでも']);
    const port = createDialoguePort(data(), testConfig());
    const tapped = port.takeTurn(state, { kind: 'postback', value: 'drop:g:存在しない分類' });
    expect(statedConstraints(tapped.state as DialogueState).unwantedTypes.size).toBeGreaterThan(3);
  });
});
