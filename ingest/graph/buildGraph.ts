import type {
  DocumentGraph,
  Edge,
  Meeting,
  Organisation,
  Person,
  Proposal,
  Theme,
  Title,
} from '../../src/domain/documentGraph';
import { fold, foldKey } from '../../src/domain/fold';
import type { Block } from '../normalise/block';
import { GLOSS } from '../normalise/layout';
import type { ReportDoc } from '../doc/reportDoc';
import type { Turn } from '../attribute/turns';
import type { Mention } from '../recognise/mention';
import { organisationRules, type OrgMention } from '../recognise/organisations';
import { recommendingFrom, recommends, reflects } from '../attribute/recommendation';
import { proposalThemes, type ProposalTheme } from '../theme/proposalThemes';
import { evidenceOf } from './evidence';
import { proposalKind } from './proposalKind';
import { proposedObject } from './proposedObject';
import { proposalParts, respectiveParts } from './proposalParts';

/** What the graph is built from: the read document, and the document's identity. */
export type GraphInput = Readonly<ReportDoc> & { contentHash: string };

const personId = (key: string): string => `person:${key}`;
const orgId = (key: string): string => `org:${key}`;
const themeId = (key: string): string => `theme:${key}`;

const edgeKey = (e: Edge): string => `${e.type}|${e.from}|${e.to}|${JSON.stringify(e.properties)}`;

class GraphBuilder {
  readonly persons = new Map<string, Person>();
  readonly orgs = new Map<string, Organisation>();
  readonly edges: Edge[] = [];
  private readonly edgeKeys = new Set<string>();

  /** What each proposal is about, by proposal: the theme nodes and ABOUT edges are made from it. */
  readonly themes = new Map<Proposal, ProposalTheme[]>();

  constructor(readonly input: GraphInput) {}

  /** Reads a proposal's themes from its span of a block, and names them on the proposal. */
  about(p: Proposal, block: number, span: [number, number], section: string | null): void {
    const m = this.input.meeting;
    const topicBlock = m?.topic ? this.input.blocks[m.block] : undefined;
    const topic =
      m?.topic && topicBlock
        ? {
            text: topicBlock.text.slice(m.topic[0], m.topic[1]),
            folded: topicBlock.folded.slice(m.topic[0], m.topic[1]),
          }
        : null;
    const themes = proposalThemes(
      {
        block: this.block(block),
        tokens: this.input.tokens[block] ?? [],
        span,
        section: section ? { text: section, folded: fold(section) } : null,
        topic,
        organisations: this.input.organisations.filter((o) => o.block === block),
      },
      this.input.lexicon,
    );
    this.themes.set(p, themes);
    p.themes = [...new Set(themes.map((t) => t.name))];
  }

  block(i: number): Block {
    const b = this.input.blocks[i];
    if (!b) throw new Error(`no block ${i}`);
    return b;
  }

  /** Removes the edges `drop` picks (a title that turned out to be another's short form). */
  dropEdges(drop: (e: Edge) => boolean): void {
    for (let i = this.edges.length - 1; i >= 0; i--) {
      const e = this.edges[i];
      if (e && drop(e)) {
        this.edges.splice(i, 1);
        this.edgeKeys.delete(edgeKey(e));
      }
    }
  }

  edge(e: Edge): void {
    const k = edgeKey(e);
    if (this.edgeKeys.has(k)) return;
    this.edgeKeys.add(k);
    this.edges.push(e);
  }

  /**
   * The characters as the raw text writes them, where layout repair read them otherwise (a
   * pronunciation gloss dropped: 政協(xié) read as 政協): the report's own spelling, kept as an alias.
   */
  private asWritten(b: Block, start: number, end: number): string[] {
    const { raw } = this.input;
    const { start: from, end: to } = evidenceOf(b, start, end);
    // A gloss after the last character belongs to it (全國政協(xié)).
    const last = GLOSS.exec(raw.slice(to, to + 10))?.[0] ?? '';
    const written = raw.slice(from, to + last.length);
    return written !== b.text.slice(start, end) && !/[\n\r]/.test(written) ? [written] : [];
  }

  private alias(node: { name: string; aliases: string[] }, forms: readonly string[]): void {
    for (const f of forms) if (f !== node.name && !node.aliases.includes(f)) node.aliases.push(f);
  }

  org(mention: OrgMention): Organisation {
    const b = this.block(mention.block);
    const surface = b.text.slice(mention.start, mention.end);
    const written = this.asWritten(b, mention.start, mention.end);
    const full = this.input.shortForms.get(mention.key);
    const m = full ? { ...mention, key: full.key } : mention;
    const existing = this.orgs.get(m.key);
    if (existing) {
      this.alias(existing, [surface, ...written]);
      return existing;
    }
    const org: Organisation = {
      id: orgId(m.key),
      key: m.key,
      name: full?.name ?? surface,
      aliases: full && full.name !== surface ? [surface] : [],
      source: m.source,
      evidence: evidenceOf(b, m.start, m.end),
    };
    this.alias(org, written);
    this.orgs.set(m.key, org);
    return org;
  }

  /** The key of the person a mention names: its own name's, or the full name it stands for. */
  personKey(m: Mention): string {
    return foldKey(m.refersTo ?? this.block(m.block).text.slice(m.nameStart, m.nameEnd));
  }

  person(m: Mention): Person {
    const b = this.block(m.block);
    const surface = m.refersTo ?? b.text.slice(m.nameStart, m.nameEnd);
    const key = this.personKey(m);
    let p = this.persons.get(key);
    if (!p) {
      p = {
        id: personId(key),
        key,
        name: surface,
        aliases: [],
        titles: [],
        organisations: [],
        represents: [],
        venue: null,
        remote: false,
        mentionedOnly: true,
        evidence: evidenceOf(b, m.start, m.nameEnd),
      };
      this.persons.set(key, p);
    }
    this.alias(p, [surface, ...this.asWritten(b, m.nameStart, m.nameEnd)]);
    for (const t of m.titles) this.title(p, b, t);
    if (m.trailing) this.title(p, b, m.trailing);
    return p;
  }

  /** The report's own spelling of a span: with its pronunciation glosses, where it has any. */
  spelling(b: Block, start: number, end: number): string {
    return this.asWritten(b, start, end)[0] ?? b.text.slice(start, end);
  }

  /**
   * The body a party group or organs' committee belongs to (湖南省政协|党组, 文化和旅游部|机关党委):
   * its members belong to the body too, as readers of the title take it. A region's committee
   * (自治区党委) is a body of its own.
   */
  private parentBody(group: OrgMention): string | null {
    const b = this.block(group.block);
    const head = PARTY_GROUP.exec(b.folded.slice(group.start, group.end))?.[0];
    if (!head) return null;
    const { titleOrganisation } = organisationRules(this.input.lexicon);
    const parent = titleOrganisation(b, group.start, group.end - head.length);
    if (!parent || parent.end - parent.start < 3) return null;
    this.org(parent);
    return this.spelling(b, parent.start, parent.end);
  }

  // A title and the bodies in it are quoted as the report writes them (全國政協(xié)委員), as the
  // evidence shows them; the organisation node keeps the plain name, the written form as an alias.
  private title(p: Person, b: Block, t: Mention['titles'][number]): void {
    const text = this.spelling(b, t.start, t.end);
    if (p.titles.some((x) => x.title === text)) return;
    const { titleOrganisation } = organisationRules(this.input.lexicon);
    const orgMention = t.body
      ? titleOrganisation(this.block(t.body.block), t.body.start, t.body.end)
      : titleOrganisation(b, t.orgStart, t.orgEnd);
    const org = orgMention ? this.org(orgMention) : null;
    const orgSurface = orgMention
      ? this.spelling(this.block(orgMention.block), orgMention.start, orgMention.end)
      : null;
    const title: Title = {
      title: text,
      organisation: orgSurface,
      organisationKey: org?.key ?? null,
      post: this.spelling(b, t.end - t.post.length, t.end),
      former: t.former,
      evidence: evidenceOf(b, t.start, t.end),
    };
    p.titles.push(title);
    if (orgSurface && !p.organisations.includes(orgSurface)) p.organisations.push(orgSurface);
    const parent = orgMention ? this.parentBody(orgMention) : null;
    if (parent && !p.organisations.includes(parent)) p.organisations.push(parent);
    if (org) {
      this.edge({
        type: 'HOLDS_POST',
        from: p.id,
        to: org.id,
        properties: { title: title.title, post: title.post, former: title.former },
        evidence: title.evidence,
      });
    }
  }
}

const PARTY_GROUP = /(?:党组|机关党委)$/;

function meetingOf(g: GraphBuilder, input: GraphInput): Meeting | null {
  const m = input.meeting;
  if (!m) return null;
  const b = g.block(m.block);
  const month = m.date?.month ?? (input.published ? Number(input.published.slice(5, 7)) : null);
  const date =
    m.date && input.year && month
      ? `${input.year}-${String(month).padStart(2, '0')}-${String(m.date.day).padStart(2, '0')}`
      : null;
  const convenor = m.convenorEnd !== null ? b.text.slice(m.start, m.convenorEnd) : null;
  return {
    id: `meeting:${date ?? 'undated'}:${foldKey(b.text.slice(m.kindStart, m.end))}`,
    name: b.text.slice(m.kindStart, m.end),
    kind: m.kind,
    topic: m.topic ? b.text.slice(m.topic[0], m.topic[1]) : null,
    date,
    location: m.location,
    chair: null,
    convenor,
    venues: [],
    evidence: evidenceOf(b, m.start, m.end),
  };
}

const QUOTE_PAIRS: Record<string, string> = { '「': '」', '“': '”', '『': '』' };

/** Past an opening quotation mark whose quotation does not close in the clause (「同时，应…). */
function skipStrayQuote(folded: string, start: number, end: number): number {
  const close = QUOTE_PAIRS[folded[start] ?? ''];
  if (!close) return start;
  const closes = folded.indexOf(close, start + 1);
  return closes >= 0 && closes < end ? start : start + 1;
}

const RECOMMENDING_VERB = /建议|呼吁|提议|倡议|主张|提案|议案|提出了?[：:，,]?$/;
// 围绕“…”建言献策, 聚焦…提出建议: the verb after a topic says the topic is recommended; so does a
// speech named by its subject (作了《…》的发言, 作了关于…的发言).
const RECOMMENDED_TOPIC =
  /^[”"」』》]?(?:建言献策|献策|建言|提出了?[^，。；]{0,6}?(?:建议|对策))|^[》”"」]?的(?:大会|专题|书面|口头)?发言|^》的?(?:提案|建议|议案)|^》等|^的(?:建议|提案)(?=[、，。；,;共等（(]|$)/;

// 二是…, 第三…, 其三…: a numbered point after the first.
const NEXT_POINT = /^(?:[二三四五六七八九十]是|第[二三四五六七八九十]|其[二三四五六]|[2-9][、.．])/;
const LIST_VERB = /建议|呼吁|提议|倡议|主张/;
const ANNOUNCES =
  /^(?:(?!就|围绕|关于|针对)[^，。；的]){0,14}?(?:提出)?了?(?:以下|如下)?[一二三四五六七八九十几两\d]+(?:个方面|方面|点|条)(?:的)?(?:建议|意见|对策)?[。；;：:]?$/;
// …，提出三点建议： the points follow (一是…, ——…): the announcement is none, whatever its topic.
const POINTS_FOLLOW =
  /(?:以下|如下)?[一二三四五六七八九十几两\d]+(?:个方面|方面|点|条)(?:的)?(?:建议|意见|对策)[：:]$/;
// A part with fewer Han characters than this is a text cut short (…建议举), not a proposal.
const MIN_PART = 3;
const hanCount = (text: string): number => text.match(/[\u3400-\u9fff]/g)?.length ?? 0;

function proposalsOf(
  g: GraphBuilder,
  input: GraphInput,
  chairs: ReadonlySet<string>,
): { proposals: Proposal[]; statements: Proposal[] } {
  const proposals: Proposal[] = [];
  const statements: Proposal[] = [];
  // The speaker whose last clause was a proposal: their next numbered point (二是…) is one too,
  // and so is the next clause of a list the proposal opened (建议A；B；C。).
  let proposing: string | null = null;
  let listOpen = false;
  for (const t of input.turns) {
    if (!t.speaker) {
      proposing = null;
      if (t.collective || t.body) groupProposals(g, input, t, { proposals, statements });
      continue;
    }
    const b = g.block(t.sentence.block);
    // Evidence is the recommendation itself: after the attribution (张明远看来，| 代表民革中央发言提出，|),
    // which is kept on the proposal's speaker, not in its text; a speech's title ends at its bracket.
    const opening = skipStrayQuote(
      b.folded,
      Math.max(t.sentence.start, t.contentStart),
      t.sentence.end,
    );
    // 提出了…的建议, 我的提案是…: what was proposed, not the report around it.
    const { start, end, named } = proposedObject(
      b.folded,
      opening,
      Math.min(t.sentence.end, Math.max(opening + 1, t.contentEnd)),
      input.lexicon,
    );
    const content = b.folded.slice(start, end);
    // 甲代表台盟中央发言建议，坚决贯彻…: the attribution's verb says it is a recommendation.
    const attributed = b.folded.slice(t.sentence.start, start);
    const following = b.folded.slice(end, t.sentence.end);
    const saidToRecommend =
      named || RECOMMENDING_VERB.test(attributed) || RECOMMENDED_TOPIC.test(following);
    const recommending = !saidToRecommend && recommends(content, input.lexicon);
    // A clause of the list names nobody else (…；来自基层的某委员说明…: someone else's words).
    const namesNobody = (): boolean =>
      ![...g.persons.values()].some((p) => p.key !== t.speaker && content.includes(p.key));
    const continues: boolean =
      proposing === t.speaker &&
      (NEXT_POINT.test(content) || (listOpen && t.attribution === null && namesNobody()));
    // 提出以下四个方面的建议。| 现场又提出三点建议。: an announcement of proposals is none itself
    // (a topic before it, 就某问题提出几点建议, names what they are about).
    const isProposal: boolean =
      (saidToRecommend || recommending || continues) &&
      !ANNOUNCES.test(content.trim()) &&
      !POINTS_FOLLOW.test(content.trim()) &&
      !reflects(content);
    // A sentence that recommends by its own words does so from its first recommending clause;
    // the background before it is not the proposal (青少年的讯息可能偏颇，|政协应该主动…).
    const from = recommending ? start + recommendingFrom(content, input.lexicon) : start;
    proposing = isProposal ? t.speaker : null;
    // Only a list that a recommending verb opened (他建议A；B；C) carries on; a report of what
    // was done may run on with ；too.
    const sentence = b.folded.slice(t.sentence.start, t.sentence.end);
    listOpen =
      isProposal && /[；;]$/.test(sentence.trimEnd()) && (continues || LIST_VERB.test(sentence));
    const list = isProposal ? proposals : statements;
    const speaker = t.speaker;
    const speakers = [...t.coSpeakers, speaker];
    // 甲、乙分别围绕A、B建言献策: one topic each, to the speakers in the order the sentence names them.
    const respective = respectiveParts(b.folded, t.sentence.start, start, end, speakers.length);
    const at = (k: string): number => b.folded.indexOf(k, t.sentence.start);
    const inOrder = [...speakers].sort((x, y) => at(x) - at(y));
    // One per numbered point or listed title; 甲、乙表示，…: one of each speaker named together.
    const parts = respective
      ? respective.map((part, i) => ({ part, keys: [inOrder[i] ?? speaker] }))
      : proposalParts(b.folded, from, end).map((part) => ({ part, keys: speakers }));
    for (const {
      part: [s, e],
      keys,
    } of parts) {
      if (hanCount(b.folded.slice(s, e)) < MIN_PART) continue;
      const ev = evidenceOf(b, s, e);
      for (const key of keys) {
        const person = g.persons.get(foldKey(key));
        if (!person) continue;
        const proposal: Proposal = {
          id: `${isProposal ? 'proposal' : 'statement'}:${list.length + 1}`,
          kind: proposalKind(person, chairs, input.lexicon),
          speaker: person.name,
          speakerKey: person.key,
          speakerKind: 'person',
          start: ev.start,
          end: ev.end,
          text: ev.text,
          themes: [],
        };
        list.push(proposal);
        if (isProposal) g.about(proposal, t.sentence.block, [s, e], t.section);
      }
    }
  }
  return { proposals, statements };
}

/**
 * The proposals of a group that speaks as one (委员们表示，应…) or of a body (民革中央建议，…):
 * the group's as the report names it, the body's as its organisation; no person's.
 */
function groupProposals(
  g: GraphBuilder,
  input: GraphInput,
  t: Turn,
  into: { proposals: Proposal[]; statements: Proposal[] },
): void {
  const b = g.block(t.sentence.block);
  const start = Math.max(t.sentence.start, t.contentStart);
  const content = b.folded.slice(start, t.sentence.end);
  const isProposal =
    RECOMMENDING_VERB.test(b.folded.slice(t.sentence.start, start)) ||
    recommends(content, input.lexicon);
  const list = isProposal ? into.proposals : into.statements;
  const org = t.body ? g.org(t.body) : null;
  const group = t.collective ?? '';
  const speaker = org
    ? { speaker: org.name, speakerKey: org.key, speakerKind: 'organisation' as const }
    : {
        speaker: b.text.slice(t.sentence.start, t.sentence.start + group.length),
        speakerKey: foldKey(group),
        speakerKind: 'collective' as const,
      };
  for (const [s, e] of proposalParts(b.folded, start, t.sentence.end)) {
    const ev = evidenceOf(b, s, e);
    const proposal: Proposal = {
      id: `${isProposal ? 'proposal' : 'statement'}:${list.length + 1}`,
      kind: org ? 'member_proposal' : 'collective',
      ...speaker,
      start: ev.start,
      end: ev.end,
      text: ev.text,
      themes: [],
    };
    list.push(proposal);
    if (isProposal) g.about(proposal, t.sentence.block, [s, e], t.section);
  }
}

function roles(g: GraphBuilder, input: GraphInput, meeting: Meeting | null): void {
  const { orgKey } = organisationRules(input.lexicon);
  for (const m of input.mentions) {
    const b = g.block(m.block);
    const p = g.persons.get(g.personKey(m));
    if (!p) continue;
    const role = m.role;
    if (!role) continue;
    if (role.speaks || role.chairs) p.mentionedOnly = false;
    if (role.represents) {
      // Keyed as every other mention of a body (the gazetteer's key): 民建中央 spoken for is the
      // node 民建中央副主席 holds a post at, not a second one.
      const org = g.org({
        block: m.block,
        start: role.represents[0],
        end: role.represents[1],
        key: orgKey(b.folded.slice(...role.represents)),
        source: 'title',
      });
      if (!p.represents.includes(org.name)) p.represents.push(org.name);
      // A body spoken for is one of the person's organisations (代表民革中央发言), written as the
      // report writes it, as a title's body is (代表市工商業(yè)聯合會).
      const written = g.spelling(b, role.represents[0], role.represents[1]);
      if (!p.organisations.includes(written)) p.organisations.push(written);
      g.edge({
        type: 'REPRESENTS',
        from: p.id,
        to: org.id,
        properties: {},
        evidence: evidenceOf(b, m.start, role.contentStart),
      });
    }
    if (!meeting) continue;
    if (role.chairs) {
      meeting.chair ??= p.name;
      g.edge({
        type: 'CHAIRS',
        from: p.id,
        to: meeting.id,
        properties: {},
        evidence: evidenceOf(b, m.start, role.contentStart),
      });
    }
    const attendance = m.attendance;
    if (attendance?.venue && !p.venue) {
      p.venue = b.text.slice(...attendance.venue);
      p.remote = attendance.remote;
      if (!meeting.venues.includes(p.venue)) meeting.venues.push(p.venue);
    }
  }
}

/**
 * A post that ends a fuller title of the same person, of no other body (某某主席 beside 全国政协主席
 * 某某), is that title said short: it is no title of its own.
 */
function withoutShortForms(titles: Title[]): Title[] {
  const shortOf = (t: Title, x: Title): boolean =>
    t.title === t.post &&
    x.title.length > t.title.length &&
    x.title.endsWith(t.title) &&
    (t.organisation === null || t.organisation === x.organisation);
  return titles.filter((t) => !titles.some((x) => shortOf(t, x)));
}

/** Assembles the document graph from what the pipeline's components found; it recognises nothing. */
export function buildGraph(input: GraphInput): Omit<DocumentGraph, 'script'> {
  const g = new GraphBuilder(input);
  const orgMentions = input.organisations;
  for (const m of input.mentions) g.person(m);
  for (const o of orgMentions) g.org(o);
  const meeting = meetingOf(g, input);
  roles(g, input, meeting);
  // Whoever the report says chaired (甲主持会议), with or without a meeting found.
  const chairs = new Set(input.mentions.filter((m) => m.role?.chairs).map((m) => foldKey(m.key)));
  if (meeting?.chair) chairs.add(foldKey(meeting.chair));
  const { proposals, statements } = proposalsOf(g, input, chairs);
  const persons = [...g.persons.values()];
  for (const p of persons) {
    const kept = withoutShortForms(p.titles);
    const dropped = new Set(p.titles.filter((t) => !kept.includes(t)).map((t) => t.title));
    p.titles = kept;
    // …and no post held under it.
    if (dropped.size > 0)
      g.dropEdges(
        (e) =>
          e.type === 'HOLDS_POST' && e.from === p.id && dropped.has(String(e.properties.title)),
      );
  }
  const speakers = new Set(
    [...proposals, ...statements]
      .filter((p) => p.speakerKind === 'person')
      .map((p) => p.speakerKey),
  );
  for (const p of persons) if (speakers.has(p.key)) p.mentionedOnly = false;
  if (meeting) attachMeeting(g, meeting, persons, proposals);
  const themes = themeNodes(g, proposals);
  for (const p of persons) {
    g.edge({
      type: 'MENTIONS',
      from: `document:${input.contentHash}`,
      to: p.id,
      properties: {},
      evidence: p.evidence,
    });
  }
  // A group that speaks as one is no node: its proposals are the meeting's, with no proposer.
  for (const p of proposals) {
    if (p.speakerKind === 'collective') continue;
    g.edge({
      type: 'PROPOSES',
      from: p.speakerKind === 'organisation' ? orgId(p.speakerKey) : personId(p.speakerKey),
      to: p.id,
      properties: {},
      evidence: { start: p.start, end: p.end, text: p.text },
    });
  }
  return {
    source: input.source,
    contentHash: input.contentHash,
    published: input.published,
    meeting,
    persons,
    organisations: [...g.orgs.values()],
    proposals,
    statements,
    themes,
    edges: g.edges,
    announcedSpeakers: input.announcedSpeakers,
    foundSpeakers: speakers.size,
    truncated: input.truncated,
    warnings: [...input.warnings, ...recallWarnings(input, speakers.size)],
  };
}

/** What a reader should know about what the graph may lack: fewer speakers than announced, a cut text. */
function recallWarnings(input: GraphInput, found: number): string[] {
  const out: string[] = [];
  const announced = input.announcedSpeakers;
  if (announced !== null && found < announced)
    out.push(`the report announces ${announced} speakers; ${found} were found`);
  if (input.truncated)
    out.push('the text stops mid-sentence: it may be cut short, and what follows is not read');
  return out;
}

function attachMeeting(
  g: GraphBuilder,
  meeting: Meeting,
  persons: Person[],
  proposals: Proposal[],
): void {
  if (meeting.convenor) {
    const org =
      g.orgs.get(foldKey(meeting.convenor)) ??
      [...g.orgs.values()].find(
        (o) => o.name === meeting.convenor || o.aliases.includes(meeting.convenor ?? ''),
      );
    if (org)
      g.edge({
        type: 'CONVENES',
        from: org.id,
        to: meeting.id,
        properties: {},
        evidence: meeting.evidence,
      });
  }
  for (const p of persons) {
    if (p.mentionedOnly) continue;
    g.edge({
      type: 'ATTENDS',
      from: p.id,
      to: meeting.id,
      properties: { venue: p.venue, remote: p.remote },
      evidence: p.evidence,
    });
  }
  for (const p of proposals) {
    g.edge({
      type: 'RAISED_AT',
      from: p.id,
      to: meeting.id,
      properties: {},
      evidence: { start: p.start, end: p.end, text: p.text },
    });
  }
}

/**
 * One theme node per key, named by its most common surface form in the report, with the forms
 * seen; an ABOUT edge from each proposal to each of its themes (an area's carries its signal).
 */
function themeNodes(g: GraphBuilder, proposals: Proposal[]): Theme[] {
  const themes = new Map<string, Theme>();
  const forms = new Map<string, Map<string, number>>();
  for (const p of proposals) {
    for (const t of g.themes.get(p) ?? []) {
      const node = themes.get(t.key) ?? {
        id: themeId(t.key),
        key: t.key,
        name: t.name,
        kind: t.kind,
        parent: t.parent,
        forms: [],
        count: 0,
      };
      node.count++;
      themes.set(t.key, node);
      const seen = forms.get(t.key) ?? new Map<string, number>();
      seen.set(t.name, (seen.get(t.name) ?? 0) + 1);
      forms.set(t.key, seen);
      g.edge({
        type: 'ABOUT',
        from: p.id,
        to: node.id,
        properties:
          t.kind === 'area' ? { kind: t.kind, signal: t.signal, via: t.via } : { kind: t.kind },
        evidence: { start: p.start, end: p.end, text: p.text },
      });
    }
  }
  for (const node of themes.values()) {
    const seen = [...(forms.get(node.key) ?? new Map<string, number>()).entries()];
    // Most common first; a tie keeps the form seen first.
    seen.sort((a, b) => b[1] - a[1]);
    node.forms = seen.map(([form]) => form);
    node.name = node.forms[0] ?? node.name;
  }
  // A proposal names its themes by the names the report's theme nodes carry.
  for (const p of proposals)
    p.themes = [...new Set((g.themes.get(p) ?? []).map((t) => themes.get(t.key)?.name ?? t.name))];
  return [...themes.values()];
}
