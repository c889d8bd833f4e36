import type { ReportDoc } from '../doc/reportDoc';

/**
 * One step of reading a report: it reads the document's layers and adds to them. Statistical
 * components are asynchronous (the tagger batches a report's sentences into model calls); rule
 * components are plain functions of the document.
 */
export interface Component {
  readonly name: string;
  run(doc: ReportDoc): void | Promise<void>;
}
