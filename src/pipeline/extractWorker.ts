import { parentPort } from 'node:worker_threads';
import { runExtractTask } from './extractTask';
import type { ExtractTask } from './task';

// A worker thread: loads jieba and the tagger's model once, then extracts the tasks it is sent, one at a time.
parentPort?.on('message', (msg: { id: number; task: ExtractTask }) => {
  void runExtractTask(msg.task).then((result) => parentPort?.postMessage({ id: msg.id, result }));
});
