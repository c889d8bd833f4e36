import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../paths';

/** The store's settings (the README's configuration table is checked against these keys). */
export const StoreEnv = z.object({
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/,
      'expected a neo4j:// or bolt:// URI',
    )
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  KG_DATA_DIR: z.string().optional(),
  KG_NEO4J_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  KG_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i)
    .default('1g'),
  KG_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/i)
    .default('256m'),
});

export type StoreConfig = {
  uri: string | undefined;
  user: string;
  password: string | undefined;
  database: string;
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
};

/** The store's configuration from the environment, validated once at start. */
export function storeConfig(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const e = StoreEnv.parse(env);
  return {
    uri: e.NEO4J_URI,
    user: e.NEO4J_USER,
    password: e.NEO4J_PASSWORD,
    database: e.NEO4J_DATABASE,
    dataDir: e.KG_DATA_DIR ?? join(projectRoot(), '.data', 'neo4j'),
    port: e.KG_NEO4J_PORT,
    heap: e.KG_NEO4J_HEAP,
    pageCache: e.KG_NEO4J_PAGECACHE,
  };
}
