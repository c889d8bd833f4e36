import DataLoader from 'dataloader';
import type { StoredRelType } from '../store/cypher';
import type { Store } from '../store/store';
import { planLists, type ListKey } from './listBatch';
import {
  DocumentModel,
  MeetingModel,
  NodeModel,
  PersonModel,
  ProposalModel,
  RelProps,
  ThemeModel,
  type FactModel,
  type RelationModel,
} from './models';

/** A fact node as Neo4j returns it, checked; documents are not facts. */
export function toFact(raw: unknown): FactModel {
  const n = NodeModel.parse(raw);
  if (n.label === 'Document') throw new Error('expected a fact node, got a Document');
  return n;
}

export type Direction = 'out' | 'in';

interface TrendPoint {
  period: string;
  count: number;
  share: number;
}

export interface ThemeCount {
  theme: ThemeModel;
  count: number;
}

/** A person and their proposals on a theme (an `Advocacy`). */
export interface AdvocacyRow {
  person: PersonModel;
  count: number;
  proposals: ProposalModel[];
}

/** Which themes a theme's related list keeps. */
export type KindFilter = 'phrase' | 'area' | 'any';

/** A document and the text it was read from (for evidence context). */
export interface LoadedDocument {
  model: DocumentModel;
  text: string | null;
}

interface ListRow {
  items: unknown[];
  count: number;
}

const NO_ROW: ListRow = { items: [], count: 0 };

/** The unions this process has made, across requests (see MAX_UNIONS). */
const knownUnions = new Set<string>();

/**
 * Per-request batching: whatever the shape of a query, each kind of lookup below costs one
 * Cypher query per level of the result, never one per parent (no N+1). The per-node lists of
 * one level (a person's posts, proposals, themes and meetings; their counts) share one
 * statement: a union with a branch per list (planLists).
 */
export class Loaders {
  readonly node: DataLoader<string, FactModel | null>;
  readonly document: DataLoader<string, LoadedDocument | null>;
  private readonly lists: DataLoader<ListKey, ListRow, string>;
  private readonly trends = new Map<number, DataLoader<string, Omit<TrendPoint, 'share'>[]>>();
  private readonly totals = new Map<number, Promise<Map<string, number>>>();

  constructor(private readonly store: Store) {
    this.node = this.byUid('api-nodes', {}, (r) => toFact(r.node), null);
    this.document = new DataLoader(async (hashes) => {
      const rows = await this.rows<{ hash: string; node: { text?: string } }>('api-documents', {
        hashes,
      });
      const byHash = new Map(
        rows.map((r) => [
          r.hash,
          { model: DocumentModel.parse(r.node), text: r.node.text ?? null },
        ]),
      );
      return hashes.map((h) => byHash.get(h) ?? null);
    });
    this.lists = new DataLoader((keys) => this.loadLists(keys), {
      cacheKeyFn: (k) => `${k.useCase}|${k.first ?? ''}|${k.uid}`,
    });
  }

  /** One read use case's rows as objects (also the context's `rows`, for root fields). */
  async rows<T>(useCase: string, params: Record<string, unknown>): Promise<T[]> {
    const r = await this.store.query(useCase, params);
    return r.records.map((rec) => rec.toObject() as T);
  }

  /** A loader over a use case answering `{uid, …}` rows for `$uids`: one query per batch. */
  private byUid<V>(
    useCase: string,
    params: Record<string, unknown>,
    read: (row: Record<string, unknown>) => V,
    missing: V,
  ): DataLoader<string, V> {
    return new DataLoader<string, V>(async (uids) => {
      const rows = await this.rows<Record<string, unknown>>(useCase, { ...params, uids });
      const byUid = new Map(rows.map((r) => [String(r.uid), read(r)]));
      return uids.map((u) => byUid.get(u) ?? missing);
    });
  }

  private async loadLists(keys: readonly ListKey[]): Promise<ListRow[]> {
    const found = new Map<string, ListRow>();
    await Promise.all(
      planLists(keys, knownUnions).map(async (s) => {
        const rows = await this.rows<{
          branch: number;
          uid: string;
          items: unknown[] | null;
          count: number | null;
        }>(s.name, s.params);
        for (const r of rows) {
          const row = { items: r.items ?? [], count: Number(r.count ?? 0) };
          found.set(`${s.useCases[r.branch] ?? ''}|${r.uid}`, row);
        }
      }),
    );
    return keys.map((k) => {
      const r = found.get(`${k.useCase}|${k.uid}`) ?? NO_ROW;
      return k.first === null ? r : { items: r.items.slice(0, k.first), count: r.count };
    });
  }

  /**
   * The relationships of one type leaving (out) or reaching (in) `self`, at most `first`, and
   * how many there are in all (read by the same statement, so the two agree).
   */
  async relationPage(
    self: FactModel,
    o: { type: StoredRelType; dir: Direction; first: number },
  ): Promise<{ relations: RelationModel[]; count: number }> {
    const { items, count } = await this.lists.load({
      useCase: `api-related-${o.dir}/${o.type}`,
      uid: self.uid,
      first: o.first,
    });
    const relations = (items as { rel: unknown; node: unknown }[]).map((i) => {
      const node = NodeModel.parse(i.node);
      return {
        type: o.type,
        from: o.dir === 'out' ? self : node,
        to: o.dir === 'out' ? node : self,
        props: RelProps.parse(i.rel),
      };
    });
    return { relations, count };
  }

  /** The relationships of one type leaving (out) or reaching (in) `self`, at most `first`. */
  async relations(
    self: FactModel,
    o: { type: StoredRelType; dir: Direction; first: number },
  ): Promise<RelationModel[]> {
    return (await this.relationPage(self, o)).relations;
  }

  /** How many relationships of one type leave or reach a node. */
  async count(self: FactModel, o: { type: StoredRelType; dir: Direction }): Promise<number> {
    const row = await this.lists.load({
      useCase: `api-count-${o.dir}/${o.type}`,
      uid: self.uid,
      first: null,
    });
    return row.count;
  }

  /**
   * Proposals about a theme per period, with their share of all the period's proposals; `len`
   * is 4 (year), 7 (month) or 10 (day).
   */
  async trend(theme: ThemeModel, len: number): Promise<TrendPoint[]> {
    let loader = this.trends.get(len);
    if (!loader) {
      loader = this.byUid(
        'api-theme-trend',
        { len },
        (r) => r.points as Omit<TrendPoint, 'share'>[],
        [],
      );
      this.trends.set(len, loader);
    }
    const [points, totals] = await Promise.all([loader.load(theme.uid), this.periodTotals(len)]);
    return points.map((p) => {
      const total = totals.get(p.period) ?? 0;
      return { ...p, share: total ? p.count / total : 0 };
    });
  }

  /** How many proposals each period holds: read once per request and period length. */
  private periodTotals(len: number): Promise<Map<string, number>> {
    let totals = this.totals.get(len);
    if (!totals) {
      totals = this.rows<{ period: string; total: number }>('api-period-totals', { len }).then(
        (rows) => new Map(rows.map((r) => [r.period, Number(r.total)])),
      );
      this.totals.set(len, totals);
    }
    return totals;
  }

  /** Proposals about a theme per meeting, in date order. */
  async themeMeetings(
    uid: string,
    first: number,
  ): Promise<{ meeting: MeetingModel; count: number }[]> {
    const { items } = await this.lists.load({ useCase: 'api-theme-meetings', uid, first });
    return (items as { meeting: unknown; count: number }[]).map((i) => ({
      meeting: MeetingModel.parse(i.meeting),
      count: i.count,
    }));
  }

  /** A theme's earliest proposals. */
  async themeFirst(uid: string, first: number): Promise<ProposalModel[]> {
    const { items } = await this.lists.load({ useCase: 'api-theme-first', uid, first });
    return items.map((i) => ProposalModel.parse(i));
  }

  /** The people who proposed on a theme, most first, with their newest proposals on it. */
  async themeAdvocates(uid: string, first: number): Promise<AdvocacyRow[]> {
    const { items } = await this.lists.load({ useCase: 'api-theme-advocates', uid, first });
    return (items as { person: unknown; count: number; proposals: unknown[] }[]).map((i) => ({
      person: PersonModel.parse(i.person),
      count: i.count,
      proposals: i.proposals.map((p) => ProposalModel.parse(p)),
    }));
  }

  /** Themes of the same proposals as a theme, most shared first. */
  async relatedThemes(uid: string, kind: KindFilter, first: number): Promise<ThemeCount[]> {
    const { items } = await this.lists.load({ useCase: `api-theme-related/${kind}`, uid, first });
    return themeCounts(items);
  }

  /** Why each report's mention of a person is this person (the document, then its model). */
  async personIdentity(
    uid: string,
    first: number,
  ): Promise<{ document: DocumentModel; organisations: string[]; reason: string }[]> {
    const { items } = await this.lists.load({ useCase: 'api-person-identity', uid, first });
    const rows = items as { doc: string; orgs: string[]; reason: string | null }[];
    const docs = await this.document.loadMany(rows.map((r) => r.doc));
    return rows.flatMap((r, i) => {
      const d = docs[i];
      return d && !(d instanceof Error)
        ? [
            {
              document: d.model,
              organisations: r.orgs,
              reason: r.reason ?? 'no decision stored (ingested before identity was settled)',
            },
          ]
        : [];
    });
  }

  /** The themes of a person's proposals with counts, most frequent first. */
  async personThemes(uid: string, first: number): Promise<ThemeCount[]> {
    const { items } = await this.lists.load({ useCase: 'api-person-themes', uid, first });
    return themeCounts(items);
  }
}

/** `{theme, count}` items of a list, checked. */
export function themeCounts(items: readonly unknown[]): ThemeCount[] {
  return (items as { theme: unknown; count: number }[]).map((i) => ({
    theme: ThemeModel.parse(i.theme),
    count: Number(i.count),
  }));
}
