import { parseUtterance, type UtteranceContext } from '../nlu';
import { questionSubjectOf, readIntent } from './intent';
import { smallContext } from './testing/dialogue-fixture';

describe('the subject of the open question', () => {
  it('is the job type or condition a yes/no question asks about', () => {
    expect(questionSubjectOf({ kind: 'jobType', id: 'cafe' })).toEqual({ kind: 'jobType', id: 'cafe' });
    expect(questionSubjectOf({ kind: 'condition', id: 'daily-pay' })).toEqual({
      kind: 'condition',
      id: 'daily-pay',
    });
    expect(questionSubjectOf({ kind: 'work' })).toBeUndefined();
    expect(questionSubjectOf(null)).toBeUndefined();
  });

  it('is handed to the parser with the text', () => {
    const seen: UtteranceContext[] = [];
    const base = smallContext();
    const ctx = {
      ...base,
      parse: (text: string, context: UtteranceContext) => {
        seen.push(context);
        return parseUtterance(text, context);
      },
    };
    const subject = questionSubjectOf({ kind: 'condition', id: 'daily-pay' });
    readIntent(ctx, { kind: 'text', text: 'いらない' }, 'ja', false, 'yesno', subject);
    expect(seen[0]?.subject).toEqual({ kind: 'condition', id: 'daily-pay' });
  });
});
