import { ZodError } from 'zod';
import { KgError } from '../domain/errors';
import { DbArgs, EvalArgs, ExtractArgs, IngestArgs, parseArgv, ServeArgs, TrainArgs } from './args';
import { runServe } from './serveCommand';
import { runDb } from './dbCommand';
import { runIngest } from './ingestCommand';
import { extractFile, summarise } from './extractCommand';
import { runEval } from './evalCommand';
import { runTrain } from './trainCommand';

const USAGE = `usage:
  kg extract FILE [--published YYYY-MM-DD] [--json] [--max-bytes N]
  kg ingest PATH... [--published YYYY-MM-DD] [--workers N] [--write-concurrency N] [--batch-size N] [--keep-db]
  kg serve [--port N] [--no-ingest]
  kg db start|stop|status
  kg eval [--json] [--errors] [--corpus sample,own,real,gathered,heldout] [--dir FOLDER] [--iob2 FILE]
  kg train [--cv K] [--out FILE] [--phrases-out FILE] [--without-news]
Neo4j: NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), or an embedded server under .data/
API: PORT (4000), HOST (127.0.0.1), KG_API_KEY (mutations), NODE_ENV=development (Sandbox, internal messages)`;

function fail(message: string, code = 2): never {
  process.stderr.write(`kg: ${message}\n`);
  process.exit(code);
}

/** Entry point of the `kg` command. Errors end as one line on stderr and a non-zero exit. */
export async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgv(argv);
  try {
    switch (args.command) {
      case 'extract': {
        const a = ExtractArgs.parse(args);
        const graph = await extractFile(a);
        process.stdout.write(a.json ? JSON.stringify(graph, null, 1) + '\n' : summarise(graph));
        return;
      }
      case 'ingest': {
        const ok = await runIngest(IngestArgs.parse(args));
        if (!ok) process.exitCode = 1;
        return;
      }
      case 'serve':
        await runServe(ServeArgs.parse(args));
        return;
      case 'db':
        await runDb(DbArgs.parse(args));
        return;
      case 'eval': {
        const ok = await runEval(EvalArgs.parse(args));
        if (!ok) process.exitCode = 1;
        return;
      }
      case 'train':
        await runTrain(TrainArgs.parse(args));
        return;
      case undefined:
      case 'help':
        process.stdout.write(USAGE + '\n');
        return;
      default:
        fail(`unknown command ${String(args.command)}\n${USAGE}`);
    }
  } catch (err) {
    if (err instanceof KgError) fail(`${err.message} [${err.code}]`);
    if (err instanceof ZodError)
      fail(
        `${err.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ')}\n${USAGE}`,
      );
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'EACCES')
      fail(`cannot read ${e.path ?? 'the file'} (${e.code})`);
    if (process.env.KG_DEBUG) throw err;
    fail(`internal error: ${e.message} (set KG_DEBUG=1 for the stack)`, 1);
  }
}
