import { identityCorpus } from '../../bench/identityCorpus';
import { bcubed, pairwise, partition, type ScoredMention } from '../../bench/identityScore';

const m = (key: string, truth: string, predicted: string): ScoredMention => ({
  key,
  truth,
  predicted,
});

describe('same-person scores', () => {
  test('a graph that merges two homonyms loses precision, not recall', () => {
    // a1, a2 are one person; b1 another of the same name; the graph put all three together.
    const merged = [m('a1', 'A', 'x'), m('a2', 'A', 'x'), m('b1', 'B', 'x')];
    expect(pairwise(merged)).toEqual({ precision: 1 / 3, recall: 1 });
    expect(bcubed(merged).recall).toBe(1);
    expect(bcubed(merged).precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
  });

  test('a graph that splits one person loses recall, not precision', () => {
    const split = [m('a1', 'A', 'x'), m('a2', 'A', 'y'), m('a3', 'A', 'y')];
    expect(pairwise(split)).toEqual({ precision: 1, recall: 1 / 3 });
    expect(bcubed(split).precision).toBe(1);
  });

  test('the right grouping scores 1 whatever the node ids', () => {
    const right = [m('a1', 'A', 'q'), m('a2', 'A', 'q'), m('b1', 'B', 'r')];
    expect(pairwise(right)).toEqual({ precision: 1, recall: 1 });
    expect(bcubed(right)).toEqual({ precision: 1, recall: 1 });
  });

  test('two graphs grouping alike give one partition, whatever their ids and order', () => {
    const one = [m('a1', 'A', 'q'), m('a2', 'A', 'q'), m('b1', 'B', 'r')];
    const two = [m('b1', 'B', 'z'), m('a2', 'A', 'w'), m('a1', 'A', 'w')];
    expect(partition(one)).toBe(partition(two));
    expect(partition(one)).not.toBe(
      partition([m('a1', 'A', 'q'), m('a2', 'A', 's'), m('b1', 'B', 'r')]),
    );
  });
});

describe('the identity corpus', () => {
  const { people, reports } = identityCorpus(23);
  const byId = new Map(people.map((p) => [p.id, p]));

  test('holds homonyms with different careers, and people who change posts', () => {
    const byName = new Map<string, typeof people>();
    for (const p of people) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    const homonyms = [...byName.values()].filter((g) => g.length > 1);
    expect(homonyms.length).toBeGreaterThanOrEqual(10);
    for (const g of homonyms) {
      const orgs = g.flatMap((p) => p.careers.map((c) => c.org));
      expect(new Set(orgs).size).toBe(orgs.length);
    }
    expect(people.filter((p) => p.careers.length === 2).length).toBeGreaterThanOrEqual(10);
  });

  test('names each mention by its true person, never one name twice in a report, in both scripts', () => {
    let traditional = 0;
    for (const r of reports) {
      const names = r.mentions.map((x) => x.name);
      expect(new Set(names).size).toBe(names.length);
      for (const x of r.mentions) {
        expect(byId.has(x.person)).toBe(true);
        expect(r.text).toContain(x.name);
      }
      if (r.text.includes('全國政協')) traditional++;
    }
    expect(traditional).toBeGreaterThan(reports.length * 0.15);
    expect(traditional).toBeLessThan(reports.length * 0.5);
  });

  test('is the same for the same seed', () => {
    expect(identityCorpus(23).reports.map((r) => r.text)).toEqual(reports.map((r) => r.text));
  });
});
