import type { Component } from '../pipeline/component';

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
  },
};
