import type { Component } from '../pipeline/component';
import type { ReportDoc } from '../doc/reportDoc';
import { ownPlaceStart } from './ownPlace';

/** 省政协, 市委, 区政府: a body named by its level alone, meaning the one of the report's place. */
export const SHORT_FORM = /^(?:省|市|区|县|自治区|州)(?:政协|人大|委|政府|人大常委会)$/;

/**
 * 省政协 in a report about 浙江省政协 means that body: a short form whose full form is the only
 * one in the report becomes its alias (titles and edges then point to the full name).
 */
export const shortForms: Component = {
  name: 'short-forms',
  run(doc) {
    const found = doc.organisations;
    const titleOrgs = doc.mentions.flatMap((m) =>
      m.titles.map((t) => doc.blocks[m.block]?.folded.slice(t.orgStart, t.orgEnd) ?? ''),
    );
    const keys = new Set([...found.map((o) => o.key), ...titleOrgs]);
    for (const short of keys) {
      if (!SHORT_FORM.test(short)) continue;
      const longer = [...keys].filter(
        (k) => k !== short && k.endsWith(short) && !SHORT_FORM.test(k),
      );
      const only = longer.length === 1 ? longer[0] : undefined;
      const at = only ? found.find((o) => o.key === only) : undefined;
      const block = at ? doc.blocks[at.block] : undefined;
      if (only && at && block)
        doc.shortForms.set(short, { key: only, name: block.text.slice(at.start, at.end) });
    }
    ownPlaceForms(doc);
  },
};

/**
 * 浙江省丽水市政协 is 丽水市政协, located by its province: the body is named by its own place
 * (the form its bare posts are given, `impliedBody`), the located form and the short form
 * (市政协) become its aliases.
 */
function ownPlaceForms(doc: ReportDoc): void {
  const own = new Map<string, { key: string; name: string }>();
  for (const o of doc.organisations) {
    const block = doc.blocks[o.block];
    const at = block ? ownPlaceStart(block.folded.slice(o.start, o.end), '政协', doc.lexicon) : 0;
    if (!block || at === 0 || own.has(o.key)) continue;
    own.set(o.key, {
      key: block.folded.slice(o.start + at, o.end),
      name: block.text.slice(o.start + at, o.end),
    });
  }
  for (const [short, full] of doc.shortForms) {
    const target = own.get(full.key);
    if (target) doc.shortForms.set(short, target);
  }
  for (const [key, target] of own) doc.shortForms.set(key, target);
}
