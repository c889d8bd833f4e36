/**
 * bench:api's HTTP floor, in a process of its own like the API: the least an HTTP JSON service
 * over this driver does per request. A POST names a recorded request by its index; the server
 * reads the body, runs that request's recorded statements through the same Store, and answers
 * with the records as JSON. No GraphQL, no validation, no resolvers. KG_RECORDED names a JSON
 * file of the recorded requests; prints "READY <url>".
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { QueryEvent } from '../src/store/store';
import { storeFromEnv } from './benchDatabase';

function main(): void {
  const recorded = JSON.parse(
    readFileSync(process.env.KG_RECORDED ?? '', 'utf8'),
  ) as QueryEvent[][];
  const store = storeFromEnv();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const { r } = JSON.parse(Buffer.concat(chunks).toString()) as { r: number };
          const data = [];
          for (const q of recorded[r % recorded.length] ?? [])
            data.push((await store.query(q.useCase, q.params)).records.map((x) => x.toObject()));
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
        } catch (err) {
          res.writeHead(500).end(String(err));
        }
      })();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`READY http://127.0.0.1:${port}/\n`);
  });
  process.once('SIGTERM', () => {
    server.close();
    void store.close();
  });
}

main();
