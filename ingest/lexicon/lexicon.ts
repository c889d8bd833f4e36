import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths';

/**
 * Lexicons are small documented text files beside this module (rules as data). They are read
 * once per process; `#` starts a comment, entries are separated by whitespace. Compiled code
 * runs from dist/, so the source folder is the fallback.
 */
const dir = existsSync(join(__dirname, 'posts.txt'))
  ? __dirname
  : join(projectRoot(__dirname), 'ingest', 'lexicon');

function entries(file: string): string[] {
  const text = readFileSync(join(dir, file), 'utf8');
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

export interface Institution {
  name: string;
  aliases: string[];
}

function institutions(): Institution[] {
  return entries('institutions.txt').map((entry) => {
    const [name = '', aliases = ''] = entry.split('=');
    return { name, aliases: aliases.split('|').filter(Boolean) };
  });
}

export const lexicon = {
  surnames: new Set(entries('surnames.txt')),
  posts: entries('posts.txt').sort(byLengthDesc),
  speechVerbs: entries('speech-verbs.txt').sort(byLengthDesc),
  recommendMarkers: entries('recommend-markers.txt').sort(byLengthDesc),
  orgSuffixes: entries('org-suffixes.txt').sort(byLengthDesc),
  orgHeads: entries('org-heads.txt').sort(byLengthDesc),
  institutions: institutions(),
  meetingKinds: entries('meeting-kinds.txt').sort(byLengthDesc),
  adverbs: entries('adverbs.txt').sort(byLengthDesc),
  nameFollowers: entries('name-followers.txt').sort(byLengthDesc),
  notInName: new Set(entries('not-in-name.txt')),
  collectiveSubjects: entries('collective-subjects.txt').sort(byLengthDesc),
  venueWords: entries('venue-words.txt').sort(byLengthDesc),
};
