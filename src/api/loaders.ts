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
  private readonly related = new Map<string, DataLoader<string, Related[]>>();
  private readonly counts = new Map<string, DataLoader<string, number>>();
  private readonly trends = new Map<
    number,
    DataLoader<string, { period: string; count: number }[]>
  >();
  private readonly themes = new Map<
    number,
    DataLoader<string, { theme: ThemeModel; count: number }[]>
  >();

  constructor(private readonly store: Store) {
    this.node = new DataLoader(async (uids) => {
      const rows = await this.rows<{ uid: string; node: unknown }>('api-nodes', { uids });
      const byUid = new Map(rows.map((r) => [r.uid, toFact(r.node)]));
      return uids.map((u) => byUid.get(u) ?? null);
    });
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

  private async rows<T>(useCase: string, params: Record<string, unknown>): Promise<T[]> {
    return this.store.read(useCase, async (tx) => {
      const r = await tx.run(useCase, params);
      return r.records.map((rec) => rec.toObject() as T);
    });
  }

  private memo<K, V>(map: Map<K, V>, key: K, make: () => V): V {
    let v = map.get(key);
    if (v === undefined) map.set(key, (v = make()));
    return v;
  }

  /** The relationships of one type leaving (out) or reaching (in) `self`, at most `first`. */
  async relations(
    self: FactModel,
    o: { type: StoredRelType; dir: Direction; first: number },
  ): Promise<RelationModel[]> {
    const loader = this.memo(this.related, `${o.dir}:${o.type}:${o.first}`, () => {
      const useCase = `api-related-${o.dir}/${o.type}`;
      return new DataLoader<string, Related[]>(async (uids) => {
        const rows = await this.rows<{ uid: string; items: { rel: unknown; node: unknown }[] }>(
          useCase,
          { uids, first: o.first },
        );
        const byUid = new Map(
          rows.map((r) => [
            r.uid,
            r.items.map((i) => ({ node: NodeModel.parse(i.node), props: RelProps.parse(i.rel) })),
          ]),
        );
        return uids.map((u) => byUid.get(u) ?? []);
      });
    });
    const items = await loader.load(self.uid);
    return items.map(({ node, props }) => ({
      type: o.type,
      from: o.dir === 'out' ? self : node,
      to: o.dir === 'out' ? node : self,
      props,
    }));
  }

  /** How many relationships of one type leave or reach a node. */
  count(self: FactModel, o: { type: StoredRelType; dir: Direction }): Promise<number> {
    const loader = this.memo(this.counts, `${o.dir}:${o.type}`, () => {
      const useCase = `api-count-${o.dir}/${o.type}`;
      return new DataLoader<string, number>(async (uids) => {
        const rows = await this.rows<{ uid: string; count: number }>(useCase, { uids });
        const byUid = new Map(rows.map((r) => [r.uid, r.count]));
        return uids.map((u) => byUid.get(u) ?? 0);
      });
    });
    return loader.load(self.uid);
  }

  /** Proposals about a theme per period; `len` is 4 (year), 7 (month) or 10 (day). */
  trend(theme: ThemeModel, len: number): Promise<{ period: string; count: number }[]> {
    const loader = this.memo(this.trends, len, () => {
      return new DataLoader<string, { period: string; count: number }[]>(async (uids) => {
        const rows = await this.rows<{ uid: string; points: { period: string; count: number }[] }>(
          'api-theme-trend',
          { uids, len },
        );
        const byUid = new Map(rows.map((r) => [r.uid, r.points]));
        return uids.map((u) => byUid.get(u) ?? []);
      });
    });
    return loader.load(theme.uid);
  }

  /** The themes of a person's proposals with counts, most frequent first. */
  personThemes(uid: string, first: number): Promise<{ theme: ThemeModel; count: number }[]> {
    const loader = this.memo(this.themes, first, () => {
      return new DataLoader<string, { theme: ThemeModel; count: number }[]>(async (uids) => {
        const rows = await this.rows<{ uid: string; items: { theme: unknown; count: number }[] }>(
          'api-person-themes',
          { uids, first },
        );
        const byUid = new Map(
          rows.map((r) => [
            r.uid,
            r.items.map((i) => ({ theme: ThemeModel.parse(i.theme), count: i.count })),
          ]),
        );
        return uids.map((u) => byUid.get(u) ?? []);
      });
    });
    return loader.load(uid);
  }
}
