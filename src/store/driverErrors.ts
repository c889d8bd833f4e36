import { Neo4jError } from 'neo4j-driver';
import { KgError } from '../domain/errors';

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** The one place where driver errors become ours: an unreachable database is SERVICE_UNAVAILABLE. */
export function fromDriverError(err: unknown, useCase: string): KgError {
  if (err instanceof KgError) return err;
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE.has(err.code) || /connect|ECONNREFUSED|socket/i.test(err.message)) {
      return new KgError(
        'SERVICE_UNAVAILABLE',
        `Neo4j is unavailable (${useCase}): ${err.message.split('\n')[0]}`,
      );
    }
    if (err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new KgError('SERVICE_UNAVAILABLE', `the query took too long (${useCase})`);
    }
    return new KgError('INTERNAL_SERVER_ERROR', `Neo4j refused ${useCase}: ${err.code}`);
  }
  const message = err instanceof Error ? err.message : String(err);
  if (/ECONNREFUSED|ECONNRESET|socket hang up/.test(message))
    return new KgError('SERVICE_UNAVAILABLE', `Neo4j is unavailable (${useCase})`);
  return new KgError('INTERNAL_SERVER_ERROR', `${useCase} failed: ${message}`);
}
