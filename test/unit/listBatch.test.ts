import { planLists, type ListKey } from '../../src/api/listBatch';
import { cypher, unionName } from '../../src/store/cypher';

const key = (useCase: string, uid: string, first: number | null = 20): ListKey => ({
  useCase,
  uid,
  first,
});
const posts = 'api-related-out/HOLDS_POST';
const themes = 'api-person-themes';
const count = 'api-count-in/ABOUT';

describe('batching a level of per-node lists into one statement', () => {
  test.each([
    {
      why: 'one branch per use case, its nodes once each, the largest first, names sorted',
      keys: [key(posts, 'a', 3), key(themes, 'a', 10), key(posts, 'b', 21), key(posts, 'a', 3)],
      statements: [
        {
          name: unionName([themes, posts]),
          params: { uids_0: ['a'], first_0: 10, uids_1: ['a', 'b'], first_1: 21 },
        },
      ],
    },
    {
      why: 'a count asks for no items',
      keys: [key(count, 't', null)],
      statements: [{ name: unionName([count]), params: { uids_0: ['t'], first_0: 0 } }],
    },
  ])('$why', ({ keys, statements }) => {
    const plan = planLists(keys, new Set());
    expect(plan.map(({ name, params }) => ({ name, params }))).toEqual(statements);
  });

  test('past the bound, a new set of lists goes one list per statement; a known set stays one', () => {
    const known = new Set<string>();
    const first = planLists([key(posts, 'a'), key(themes, 'a')], known, 1);
    expect(first.map((s) => s.useCases)).toEqual([[themes, posts]]);
    const fresh = planLists([key(posts, 'a'), key(count, 'a', null)], known, 1);
    expect(fresh.map((s) => s.useCases)).toEqual([[count], [posts]]);
    const again = planLists([key(themes, 'b'), key(posts, 'b')], known, 1);
    expect(again.map((s) => s.useCases)).toEqual([[themes, posts]]);
  });
});

describe('the text of a union of list use cases', () => {
  const text = cypher(unionName([posts, themes]));

  test('suffixes each branch parameter with its branch and tags its rows', () => {
    const branches = text.split('\nUNION ALL\n');
    expect(branches).toHaveLength(2);
    branches.forEach((b, i) => {
      expect(b).toContain(`UNWIND $uids_${i} AS uid`);
      expect(b).toContain(`toInteger($first_${i})`);
      expect(b).toMatch(new RegExp(`RETURN ${i} AS branch, uid, items, count$`));
      expect(b).not.toMatch(/\$(uids|first)\b/);
    });
    expect(branches[0]).toContain('[r:HOLDS_POST]');
  });

  test('refuses a relationship type outside the closed set', () => {
    expect(() =>
      cypher(unionName(['api-related-out/HOLDS_POST} MATCH (x) DETACH DELETE x //'])),
    ).toThrow();
  });
});
