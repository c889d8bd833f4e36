import DataLoader from 'dataloader';
import type { StoredRelType } from '../store/cypher';
import type { Store } from '../store/store';
import {
  DocumentModel,
  NodeModel,
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

interface Related {
  node: NodeModel;
  props: RelProps;
}

interface TrendPoint {
  period: string;
  count: number;
}

interface ThemeCount {
  theme: ThemeModel;
  count: number;
}

/** A document and the text it was read from (for evidence context). */
export interface LoadedDocument {
  model: DocumentModel;
  text: string | null;
}

/**
 * Per-request batching: whatever the shape of a query, each kind of lookup below costs one
 * Cypher query per level of the result, never one per parent (no N+1).
 */
export class Loaders {
  readonly node: DataLoader<string, FactModel | null>;
  readonly document: DataLoader<string, LoadedDocument | null>;
  private readonly related = new Map<
    string,
    DataLoader<string, { items: Related[]; count: number }>
  >();
  private readonly counts = new Map<string, DataLoader<string, number>>();
  private readonly trends = new Map<number, DataLoader<string, TrendPoint[]>>();
  private readonly themes = new Map<number, DataLoader<string, ThemeCount[]>>();

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

  private memo<K, V>(map: Map<K, V>, key: K, make: () => V): V {
    let v = map.get(key);
    if (v === undefined) map.set(key, (v = make()));
    return v;
  }

  /**
   * The relationships of one type leaving (out) or reaching (in) `self`, at most `first`, and
   * how many there are in all (read by the same statement, so the two agree).
   */
  async relationPage(
    self: FactModel,
    o: { type: StoredRelType; dir: Direction; first: number },
  ): Promise<{ relations: RelationModel[]; count: number }> {
    const loader = this.memo(this.related, `${o.dir}:${o.type}:${o.first}`, () =>
      this.byUid(
        `api-related-${o.dir}/${o.type}`,
        { first: o.first },
        (r) => ({
          items: (r.items as { rel: unknown; node: unknown }[]).map((i) => ({
            node: NodeModel.parse(i.node),
            props: RelProps.parse(i.rel),
          })),
          count: Number(r.count),
        }),
        { items: [] as Related[], count: 0 },
      ),
    );
    const { items, count } = await loader.load(self.uid);
    const relations = items.map(({ node, props }) => ({
      type: o.type,
      from: o.dir === 'out' ? self : node,
      to: o.dir === 'out' ? node : self,
      props,
    }));
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
  count(self: FactModel, o: { type: StoredRelType; dir: Direction }): Promise<number> {
    const loader = this.memo(this.counts, `${o.dir}:${o.type}`, () =>
      this.byUid(`api-count-${o.dir}/${o.type}`, {}, (r) => Number(r.count), 0),
    );
    return loader.load(self.uid);
  }

  /** Proposals about a theme per period; `len` is 4 (year), 7 (month) or 10 (day). */
  trend(theme: ThemeModel, len: number): Promise<TrendPoint[]> {
    const loader = this.memo(this.trends, len, () =>
      this.byUid('api-theme-trend', { len }, (r) => r.points as TrendPoint[], [] as TrendPoint[]),
    );
    return loader.load(theme.uid);
  }

  /** The themes of a person's proposals with counts, most frequent first. */
  personThemes(uid: string, first: number): Promise<ThemeCount[]> {
    const loader = this.memo(this.themes, first, () =>
      this.byUid(
        'api-person-themes',
        { first },
        (r) =>
          (r.items as { theme: unknown; count: number }[]).map((i) => ({
            theme: ThemeModel.parse(i.theme),
            count: i.count,
          })),
        [] as ThemeCount[],
      ),
    );
    return loader.load(uid);
  }
}
