import { parentPort } from 'node:worker_threads';
import { runExtractTask } from './extractTask';
import type { ExtractTask } from './task';

// A worker thread: loads jieba once, then extracts the tasks it is sent, one at a time.
parentPort?.on('message', (msg: { id: number; task: ExtractTask }) => {
  parentPort?.postMessage({ id: msg.id, result: runExtractTask(msg.task) });
});
