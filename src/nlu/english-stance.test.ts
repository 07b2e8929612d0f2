import { englishClauseStances } from './english-stance';
import { extractMentions } from './extract-mentions';
import { miniLexicon } from './testing/mini-lexicon';

/** Splits a clause at the names marked with brackets: "no [bars] please" -> words and the spans of the names. */
function marked(clause: string): { words: string[]; spans: { start: number; end: number }[] } {
  const words: string[] = [];
  const spans: { start: number; end: number }[] = [];
  for (const part of clause.split(/(\[[^\]]+\])/u)) {
    const inner = part.startsWith('[') ? part.slice(1, -1) : part;
    const partWords = inner.split(/\s+/u).filter((word) => word.length > 0);
    if (part.startsWith('[')) spans.push({ start: words.length, end: words.length + partWords.length });
    words.push(...partWords);
  }
  return { words, spans };
}

const stances = (clause: string, next: string[] = []): string[] => {
  const { words, spans } = marked(clause);
  return englishClauseStances(words, spans, next);
};

describe('englishClauseStances', () => {
  it.each([
    ['i dont want [night shifts]', ['negative']],
    ['i really dont want to work on [weekends]', ['negative']],
    ['not a [convenience store] please', ['negative']],
    ['anything but [izakaya]', ['negative']],
    ['anything except a [call center]', ['negative']],
    ['other than [bars] anything is fine', ['negative']],
    ['[cafe] rather than [izakaya]', ['positive', 'negative']],
    ['[cafe] instead of a [bar]', ['positive', 'negative']],
    ['i cant do [night shifts]', ['negative']],
    ['i wont work [weekends]', ['negative']],
    ['id rather not work [nights]', ['negative']],
    ['i hate [call centers]', ['negative']],
    ['no [bars] or [izakayas]', ['negative', 'negative']],
    ['i dont want [izakaya] or [bars]', ['negative', 'negative']],
    ['[kitchen] is ok but i cant do the [hall]', ['positive', 'negative']],
    ['[cafe] is fine but not [izakaya]', ['positive', 'negative']],
    ['i dont want [izakaya] but [cafe] is ok', ['negative', 'positive']],
    ['not [izakaya] but [cafe]', ['negative', 'positive']],
    ['i want a [cafe] not an [izakaya]', ['positive', 'negative']],
    ['[izakaya] is not for me', ['negative']],
    ['[overtime] is a no', ['negative']],
    ['[izakaya] no thanks', ['negative']],
    ['id prefer a [cafe] over an [izakaya]', ['positive', 'negative']],
    ['im done with [izakaya] work', ['negative']],
    ['im sick of [call centers]', ['negative']],
    ['[izakaya] is out', ['negative']],
    ['[night shifts] are hard for me', ['negative']],
    ['[night shifts] are not hard', ['positive']],
    ['im looking for [cafe] work nothing late at [night]', ['positive', 'negative']],
    ['nothing but [cafe] work', ['positive']],
  ])('%s', (clause, expected) => {
    expect(stances(clause)).toEqual(expected);
  });

  it('takes no stance on the job one has ("I work as", "my main job is"), but reads one wished for', () => {
    expect(stances('i work as an [engineer] in [kawasaki]')).toEqual(['indifferent', 'positive']);
    expect(stances('im currently working as a software [engineer]')).toEqual(['indifferent']);
    expect(stances('my main job is [programming]')).toEqual(['indifferent']);
    expect(stances('i can work as a [dishwasher]')).toEqual(['positive']);
    expect(stances('id like to work as a [barista]')).toEqual(['positive']);
    expect(stances('my dream job is a [barista]')).toEqual(['positive']);
    expect(stances('i work [fulltime] during the week so im looking for a [side job]')).toEqual([
      'indifferent',
      'positive',
    ]);
    expect(stances('i have a [fulltime] job')).toEqual(['indifferent']);
    expect(stances('i want to work [fulltime]')).toEqual(['positive']);
    expect(stances('i can work [weekends]')).toEqual(['positive']);
  });

  it('reads two negations as none', () => {
    expect(stances('i dont want a job without [transport fees]')).toEqual(['positive']);
    expect(stances('i dont mind [night shifts]')).toEqual(['positive']);
    expect(stances('im not against [izakaya]')).toEqual(['positive']);
  });

  it('does not take a no that answers, or a doubt, as refusing the name', () => {
    expect(stances('no i want a [cafe]')).toEqual(['positive']);
    expect(stances('i dont know if [izakaya] is ok')).toEqual(['positive']);
    expect(stances('[weekends] are no problem')).toEqual(['permissive']);
    expect(stances('[night] is ok')).toEqual(['permissive']);
    expect(stances('im not sure but [cafe] sounds nice')).toEqual(['positive']);
  });

  it('takes a refusal said as the next clause', () => {
    expect(stances('[izakaya]', ['no', 'thanks'])).toEqual(['negative']);
    expect(stances('[izakaya]', ['not', 'for', 'me'])).toEqual(['negative']);
    expect(stances('im a [student]', ['no', 'night', 'shifts'])).toEqual(['positive']);
    expect(stances('i want a [cafe]', ['not', 'an', 'izakaya'])).toEqual(['positive']);
  });
});

describe('English stance in extractMentions', () => {
  const lexicon = miniLexicon();
  const ids = (text: string): string[] =>
    extractMentions(text, lexicon).jobTypes.map((m) => `${m.id}:${m.polarity}`);

  it('keeps a negation to its clause', () => {
    expect(ids("not izakaya, I don't drink")).toEqual(['izakaya:negative']);
    expect(ids('I want a cafe, not an izakaya')).toEqual(['cafe:positive', 'izakaya:negative']);
    expect(ids('Izakaya? No thanks.')).toEqual(['izakaya:negative']);
  });

  it('reads giving work up as refusing it', () => {
    expect(ids('I want to quit working at an izakaya')).toEqual(['izakaya:negative']);
    expect(ids("I'd like to stop doing convenience store shifts, a cafe maybe")).toEqual([
      'convenience-store:negative',
      'cafe:positive',
    ]);
  });
});
