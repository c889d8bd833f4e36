import { findMeeting as meetingIn, sessionNamed, yearOf } from '../recognise/meeting';
import type { Component } from './component';

/** The meeting the report is about, and the year its dates belong to. */
export const findMeeting: Component = {
  name: 'meeting',
  run(doc) {
    const ordered = [
      ...doc.blocks.filter((b) => b.kind === 'paragraph'),
      ...doc.blocks.filter((b) => b.kind === 'caption'),
    ];
    // No sentence convenes one: the first session named by its numbers, headlines included.
    const meeting = meetingIn(ordered, doc.lexicon) ?? sessionNamed(doc.blocks);
    const { year, inferred } = meeting?.date?.year
      ? { year: meeting.date.year, inferred: false }
      : yearOf(doc.blocks, doc.published);
    if (meeting?.date && inferred)
      doc.warnings.push(
        `the meeting's year is taken from the latest year the report names (${year}); pass --published to set it`,
      );
    if (meeting?.date && year === null)
      doc.warnings.push("the meeting's year is unknown; pass --published YYYY-MM-DD");
    if (!meeting) doc.warnings.push('no meeting found (no sentence convenes one)');
    doc.meeting = meeting;
    doc.year = year;
  },
};
