import { join } from 'node:path';
import { loadCatalogDefinitions } from './load-catalog';
import { validateConditionGroups } from './validate-condition-groups';

const ids = new Set(['students', 'freeters', 'one-day', 'short-term']);

describe('validateConditionGroups', () => {
  it('reads exclusive groups, implications and what a worker rules out', () => {
    expect(
      validateConditionGroups(
        [
          { kind: 'exclusive', conditionIds: ['students', 'freeters'] },
          { kind: 'implies', conditionId: 'one-day', implied: ['short-term'] },
          { kind: 'rulesOut', conditionId: 'students', ruledOut: ['one-day'] },
        ],
        [2, 3, 4],
        'condition-groups.json',
        ids,
      ),
    ).toEqual([
      { kind: 'exclusive', conditionIds: ['students', 'freeters'] },
      { kind: 'implies', conditionId: 'one-day', implied: ['short-term'] },
      { kind: 'rulesOut', conditionId: 'students', ruledOut: ['one-day'] },
    ]);
  });

  it.each([
    [
      { kind: 'exclusive', conditionIds: ['students', 'nurses'] },
      /:4: field "conditionIds\[1\]": unknown condition id "nurses"/u,
    ],
    [
      { kind: 'exclusive', conditionIds: ['students'] },
      /:4: field "conditionIds": must be a list of at least 2/u,
    ],
    [{ kind: 'implies', conditionId: 'x', implied: ['short-term'] }, /unknown condition id "x"/u],
    [{ kind: 'rulesOut', conditionId: 'students', ruledOut: [] }, /:4: field "ruledOut": must be a list/u],
    [
      { kind: 'sometimes', conditionIds: [] },
      /:4: field "kind": must be "exclusive", "implies" or "rulesOut"/u,
    ],
    ['students', /:4: must be an object/u],
  ])('names the file, line and field of a bad record: %j', (record, message) => {
    expect(() => validateConditionGroups([record], [4], 'condition-groups.json', ids)).toThrow(message);
  });

  it('loads the bundled groups with the catalogue', async () => {
    const definitions = await loadCatalogDefinitions(join(__dirname, '../../data/catalog'));
    expect(definitions.conditionGroups).toContainEqual({
      kind: 'exclusive',
      conditionIds: ['no-experience', 'experienced'],
    });
  });
});
