import { Engine } from '../engine';
import { createDialogueContext } from './context';
import { evidenceOf } from './evidence';
import { smallCatalog, smallModel } from './testing/catalog';
import { Conversation, sharedRenderer } from './testing/dialogue-fixture';
import { inOrderStrategy } from './testing/in-order-strategy';
import type { ConditionGroup } from '../catalog';

function contextWith(conditionGroups: ConditionGroup[]) {
  const catalog = { ...smallCatalog(), conditionGroups };
  return createDialogueContext({
    catalog,
    engine: new Engine(catalog, smallModel()),
    strategy: inOrderStrategy(catalog),
    renderer: sharedRenderer(),
    options: { questionBudget: 8 },
  });
}

describe('condition groups', () => {
  const groups: ConditionGroup[] = [
    { kind: 'exclusive', conditionIds: ['weekends', 'short-days'] },
    { kind: 'implies', conditionId: 'daily-pay', implied: ['high-wage'] },
  ];

  it('settle the rest of an exclusive group and what a yes implies, recording no answer', () => {
    const ctx = contextWith(groups);
    const evidence = evidenceOf(
      ctx,
      [
        ['c', 'weekends', 0],
        ['c', 'daily-pay', 1],
      ],
      '*',
      [],
    );
    expect(evidence.settled).toEqual([
      { kind: 'condition', id: 'short-days' },
      { kind: 'condition', id: 'high-wage' },
    ]);
    expect(evidence.answers.map((a) => a.id)).toEqual(['weekends', 'daily-pay']);
  });

  it('settle nothing after a no, and nothing already answered', () => {
    const ctx = contextWith(groups);
    expect(evidenceOf(ctx, [['c', 'weekends', 4]], '*', []).settled).toBeUndefined();
    const answered = evidenceOf(
      ctx,
      [
        ['c', 'weekends', 0],
        ['c', 'short-days', 2],
      ],
      '*',
      [],
    );
    expect(answered.settled).toBeUndefined();
  });

  it('keep the dialogue from asking what an answer settled', () => {
    const c = new Conversation(contextWith(groups));
    c.start();
    c.say('どこでもいい');
    c.say('なんでもいい');
    const asked: string[] = [];
    for (let i = 0; i < 12 && c.last.act !== 'showResults'; i++) {
      const q = c.last.question;
      if (q?.kind === 'condition' && q.id !== null) asked.push(q.id);
      c.say(q?.id === 'daily-pay' || q?.id === 'weekends' ? 'はい' : 'いいえ');
    }
    expect(asked).toContain('daily-pay');
    expect(asked).toContain('weekends');
    expect(asked).not.toContain('high-wage');
    expect(asked).not.toContain('short-days');
  });
});
