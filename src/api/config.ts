import { z } from 'zod';

/** The API's settings (the README's configuration table is checked against these keys). */
export const ApiEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  // Loopback unless told otherwise (the container sets 0.0.0.0).
  HOST: z.string().min(1).default('127.0.0.1'),
  // An empty value (docker compose's default) means no key: mutations off.
  KG_API_KEY: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(16, 'KG_API_KEY must have at least 16 characters').optional(),
  ),
  // Production unless told otherwise: a server started without NODE_ENV must not show
  // clients driver messages and the Bolt port.
  NODE_ENV: z.string().default('production'),
  KG_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  // Memory for whole cached responses (0 = no cache), and how often the graph's change counter
  // is read to notice ingests by other processes.
  KG_CACHE_MB: z.coerce.number().int().min(0).max(16_384).default(64),
  KG_CACHE_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(1000),
  // The largest answer the API sends; a larger one is refused with RESPONSE_TOO_LARGE.
  KG_MAX_RESPONSE_MB: z.coerce.number().min(0.01).max(1024).default(32),
});

export interface ApiConfig {
  port: number;
  host: string;
  apiKey: string | undefined;
  dev: boolean;
  queryTimeoutMs: number;
  cache: { megabytes: number; pollMs: number };
  maxResponseBytes: number;
}

/** The API's configuration from the environment, validated once at start. */
export function apiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const e = ApiEnv.parse(env);
  return {
    port: e.PORT,
    host: e.HOST,
    apiKey: e.KG_API_KEY,
    dev: e.NODE_ENV === 'development',
    queryTimeoutMs: e.KG_QUERY_TIMEOUT_MS,
    cache: { megabytes: e.KG_CACHE_MB, pollMs: e.KG_CACHE_POLL_MS },
    maxResponseBytes: Math.round(e.KG_MAX_RESPONSE_MB * 1024 * 1024),
  };
}
