export function runEval(_a: unknown): boolean { return true; }
