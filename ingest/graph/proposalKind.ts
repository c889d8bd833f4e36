import type { Person, ProposalKind } from '../../src/domain/documentGraph';
import type { Lexicon } from '../lexicon/lexicon';
import { fold } from '../../src/domain/fold';

// A title in a consultative or representative body, or a bare member's post (the report's
// body): its holder speaks as a member. 政治局常委 and 市委常委 are party posts, not these.
const MEMBER_TITLE = /政协|人大|^(?:委员|常委|代表)$/;

/**
 * Whose words a clause is: the chair's directives (the person the report says chaired), an
 * official's remarks (government or party posts only, none in a consultative body), else a
 * member's proposal. People with no title at all are members: the genre names officials by post.
 */
export function proposalKind(
  person: Person,
  chairs: ReadonlySet<string>,
  lexicon: Lexicon,
): ProposalKind {
  if (chairs.has(person.key)) return 'chair_directive';
  const titles = person.titles;
  // Titles are as written; the lexicon is Simplified.
  if (titles.length === 0 || titles.some((t) => MEMBER_TITLE.test(fold(t.title))))
    return 'member_proposal';
  const official = titles.some((t) => lexicon.officialPosts.some((p) => fold(t.post).endsWith(p)));
  return official ? 'official_remark' : 'member_proposal';
}
