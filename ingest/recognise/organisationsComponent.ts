import { byBlock } from '../doc/byBlock';
import { insideLonger, overlapsAny } from '../doc/extents';
import type { ReportDoc } from '../doc/reportDoc';
import type { Lexicon } from '../lexicon/lexicon';
import type { Block } from '../normalise/block';
import type { Component } from '../pipeline/component';
import { modelSpans, type OrgModel } from '../model/orgModel';
import {
  namesMeeting,
  namesSector,
  genericName,
  organisationRules,
  trimName,
  type OrgMention,
} from './organisations';
import { taggedOrganisations } from './taggedOrganisations';

interface Extent {
  block: number;
  start: number;
  end: number;
}

/** Tagged names that no modelled name or title organisation already covers. */
function taggerAdds(doc: ReportDoc, found: readonly Extent[]): OrgMention[] {
  const foundOf = byBlock(found);
  const out: OrgMention[] = [];
  for (const b of doc.blocks) {
    const covered = overlapsAny(foundOf(b.index));
    const { orgKey } = organisationRules(doc.lexicon);
    // The genre's bounds hold for the tagger's names as for the model's (某区委区政府: two).
    for (const o of taggedOrganisations(b, doc.tokens[b.index] ?? [], doc.lexicon))
      for (const t of trimName(b, o))
        if (!covered(t)) out.push({ ...o, ...t, key: orgKey(b.folded.slice(t.start, t.end)) });
  }
  return out;
}

/**
 * 民盟组, 在民革组: the group a party's members discuss in at a session (a venue), not the
 * party, whether the group word is read into the name or stands after it.
 */
function discussionGroup(block: Block, o: Extent, lexicon: Lexicon): boolean {
  const name = block.folded.slice(o.start, o.end);
  const party = name.endsWith('组') ? name.slice(0, -1) : name;
  const grouped =
    name.endsWith('组') || /^组(?!织|建|成|委|长)/.test(block.folded.slice(o.end, o.end + 2));
  return grouped && lexicon.parties.includes(party);
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

/** The names the organisation model marks, keyed as the gazetteer keys them. */
function modelNames(doc: ReportDoc, model: OrgModel): OrgMention[] {
  const { orgKey } = organisationRules(doc.lexicon);
  return doc.blocks.flatMap((b) =>
    modelSpans(model, b, doc.tokens[b.index] ?? [], doc.lexicon)
      .flatMap((s) => trimName(b, s))
      .filter((s) => !namesMeeting(b, s))
      .map(({ start, end }) => ({
        block: b.index,
        start,
        end,
        key: orgKey(b.folded.slice(start, end)),
        source: 'model' as const,
      })),
  );
}

/**
 * Organisations named in the text: the organisation model's names, and the tagger's where the
 * model marked nothing and no title names a body; less those named only inside a longer name: a
 * name that never stands alone is part of another's name. The model replaced the gazetteer and
 * suffix grammar here: tuned on the development reports, they scored 0.68 to 0.75 on every
 * held-out set, where the model scores 0.86 in cross-validation (docs/extractor.md).
 */
export const organisationsComponent = (loadModel: () => OrgModel): Component => ({
  name: 'organisations',
  run(doc) {
    const modelled = modelNames(doc, loadModel());
    const titled = doc.mentions.flatMap((m) =>
      m.titles.map((t) => ({ block: m.block, start: t.orgStart, end: t.orgEnd })),
    );
    const found = [...modelled, ...taggerAdds(doc, [...modelled, ...titled])].filter((o) => {
      const block = doc.blocks[o.block];
      return (
        !block ||
        !(namesSector(block, o) || genericName(block, o) || discussionGroup(block, o, doc.lexicon))
      );
    });
    for (const o of found)
      doc.spans.push({
        block: o.block,
        start: o.start,
        end: o.end,
        label: 'ORG',
        source: o.source,
        score: o.source === 'tagger' ? 0.7 : 0.8,
      });
    const inside = insideAnother(byBlock<Extent>([...found, ...titled]));
    const freeKeys = new Set(found.filter((o) => !inside(o)).map((o) => o.key));
    doc.organisations = found.filter((o) => freeKeys.has(o.key));
  },
});
