import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { cypher } from './cypher';
import { fromDriverError } from './driverErrors';

export interface QueryEvent {
  useCase: string;
  mode: 'read' | 'write';
  params: Record<string, unknown>;
}

export interface StoreOptions {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
  /** Called for every query sent: how tests count queries (a recording fake, not a mock). */
  onQuery?: (e: QueryEvent) => void;
  /** Server-side timeout of read transactions (the API's queries). */
  timeoutMs?: number;
}

/**
 * Server-side timeout of write transactions. Not the API's query timeout: a batch of reports
 * on a cold JVM under load, or one report of two million characters, can take longer than a
 * read should (a serve test failed so once in a fresh-clone run, with the 10 s read timeout);
 * the embedded server allows 60 s.
 */
const WRITE_TIMEOUT_MS = 60_000;

/** A transaction handed to a unit of work: runs named use cases from cypher/. */
export interface Tx {
  run<R extends RecordShape = RecordShape>(
    useCase: string,
    params?: Record<string, unknown>,
  ): Promise<QueryResult<R>>;
}

/**
 * The one owner of driver sessions and transactions. Reads go through executeRead (a cluster
 * routes them to secondaries) or, for one statement, an auto-commit read; writes through
 * executeWrite (retried on transient errors);
 * every transaction carries metadata naming its use case, and driver errors become ours.
 */
export class Store {
  readonly driver: Driver;
  private readonly timeout: number;

  /** How to connect to the same database from another thread (no callback: it cannot cross). */
  settings(): StoreOptions {
    const { uri, user, password, database, timeoutMs } = this.options;
    return { uri, user, password, database, timeoutMs };
  }

  constructor(private readonly options: StoreOptions) {
    // The embedded server runs without authentication and accepts any credentials.
    const auth = neo4j.auth.basic(options.user, options.password ?? 'embedded');
    this.driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 20_000,
      maxTransactionRetryTime: 10_000,
    });
    this.timeout = options.timeoutMs ?? 30_000;
  }

  get database(): string {
    return this.options.database;
  }

  private tx(t: ManagedTransaction, mode: QueryEvent['mode']): Tx {
    return {
      run: (useCase, params = {}) => {
        this.options.onQuery?.({ useCase, mode, params });
        return t.run(cypher(useCase), params);
      },
    };
  }

  read<T>(useCase: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('read', useCase, work);
  }

  /**
   * One read statement as an auto-commit transaction: the driver sends RUN and PULL in one
   * write and no BEGIN or COMMIT. The API's reads are single statements, and under load this
   * gave 2.5–2.8× the statements per second of executeRead with half the driver's CPU per
   * statement (each Bolt message flush is a system call). A READ session still routes to a
   * cluster's secondaries. One retry on an error the driver marks retriable (a routing change,
   * a leader switch) stands in for executeRead's retry loop.
   */
  async query<R extends RecordShape = RecordShape>(
    useCase: string,
    params: Record<string, unknown> = {},
  ): Promise<QueryResult<R>> {
    const config = { metadata: { app: 'kg', useCase }, timeout: this.timeout };
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        this.options.onQuery?.({ useCase, mode: 'read', params });
        return await session.run<R>(cypher(useCase), params, config);
      } catch (err) {
        if (attempt === 1 && err instanceof Neo4jError && err.retriable) continue;
        throw fromDriverError(err, useCase);
      } finally {
        await session.close();
      }
    }
  }

  write<T>(useCase: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('write', useCase, work);
  }

  private async transaction<T>(
    mode: QueryEvent['mode'],
    useCase: string,
    work: (tx: Tx) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const timeout = mode === 'read' ? this.timeout : Math.max(this.timeout, WRITE_TIMEOUT_MS);
    const config = { metadata: { app: 'kg', useCase }, timeout };
    try {
      return mode === 'read'
        ? await session.executeRead((t) => work(this.tx(t, mode)), config)
        : await session.executeWrite((t) => work(this.tx(t, mode)), config);
    } catch (err) {
      throw fromDriverError(err, useCase);
    } finally {
      await session.close();
    }
  }

  /**
   * One statement in a transaction of its own, for schema changes (which cannot share one).
   * `done` lists Neo4j codes meaning the statement's effect already holds: not failures.
   */
  async command(
    useCase: string,
    query: string,
    o: { done?: readonly string[]; params?: Record<string, unknown> } = {},
  ): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      const params = o.params ?? {};
      this.options.onQuery?.({ useCase, mode: 'write', params });
      // A managed transaction holding only this statement: retried on transient errors
      // (schema changes from processes starting together can deadlock).
      await session.executeWrite((tx) => tx.run(query, params), {
        metadata: { app: 'kg', useCase },
      });
    } catch (err) {
      if (err instanceof Neo4jError && o.done?.includes(err.code)) return;
      throw fromDriverError(err, useCase);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
