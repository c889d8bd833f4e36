import { byBlock } from '../doc/byBlock';
import { insideLonger, overlapsAny } from '../doc/extents';
import type { ReportDoc } from '../doc/reportDoc';
import type { Component } from '../pipeline/component';
import { organisationRules, type OrgMention } from './organisations';
import { taggedOrganisations } from './taggedOrganisations';
import { trimOrganisation } from './orgBoundary';

interface Extent {
  block: number;
  start: number;
  end: number;
}

/** Tagged names that no rule-found organisation or title organisation already covers. */
function taggerAdds(doc: ReportDoc, rules: readonly Extent[]): OrgMention[] {
  const rulesOf = byBlock(rules);
  const out: OrgMention[] = [];
  for (const b of doc.blocks) {
    const covered = overlapsAny(rulesOf(b.index));
    for (const o of taggedOrganisations(b, doc.tokens[b.index] ?? [], doc.lexicon))
      if (!covered(o)) out.push(o);
  }
  return out;
}

/** Is `o` named only inside a longer name of its block (中国科学院 in 中国科学院自动化研究所)? */
function insideAnother(extentsOf: (block: number) => Extent[]): (o: OrgMention) => boolean {
  const tests = new Map<number, (o: OrgMention) => boolean>();
  return (o) => {
    let test = tests.get(o.block);
    if (!test) tests.set(o.block, (test = insideLonger(extentsOf(o.block))));
    return test(o);
  };
}

/**
 * Organisations named in the text: the gazetteer and suffix grammar first, the tagger's names
 * where no rule reached; less those named only inside a longer name: a name that never stands
 * alone is part of another's name.
 */
export const organisationsComponent: Component = {
  name: 'organisations',
  run(doc) {
    const ruled = doc.blocks.flatMap((b) =>
      organisationRules(doc.lexicon)
        .findOrganisations(b)
        .flatMap((o) => trimOrganisation(b, doc.tokens[b.index] ?? [], o, doc.lexicon) ?? []),
    );
    const titled = doc.mentions.flatMap((m) =>
      m.titles.map((t) => ({ block: m.block, start: t.orgStart, end: t.orgEnd })),
    );
    const found = [...ruled, ...taggerAdds(doc, [...ruled, ...titled])];
    for (const o of found)
      doc.spans.push({
        block: o.block,
        start: o.start,
        end: o.end,
        label: 'ORG',
        source: o.source,
        score: o.source === 'tagger' ? 0.7 : 0.9,
      });
    const inside = insideAnother(byBlock<Extent>([...found, ...titled]));
    const freeKeys = new Set(found.filter((o) => !inside(o)).map((o) => o.key));
    doc.organisations = found.filter((o) => freeKeys.has(o.key));
  },
};
