// Types of bench/load.mjs, for test/reliability/load.test.ts.

export interface LoadOptions {
  documents?: number;
  words?: number;
  /** Edits per second, over all documents. */
  rate?: number;
  /** Length of each round. */
  seconds?: number;
  mode?: 'pull' | 'push';
  /** Rounds of editing in one server session (memory is sampled after each). */
  rounds?: number;
  serverScript?: string;
  seed?: number;
  /** How many documents to compare with a fresh lint at the end (pull); all by default. */
  compare?: number;
  log?: (line: string) => void;
  /** Seconds between heap samples of both server threads (default 15). */
  heapEverySeconds?: number;
  /** Start the server with --expose-gc and force a full GC before each heap sample (default true). */
  collectGarbage?: boolean;
}

export interface HeapFigures {
  heapUsed: number;
  heapTotal: number;
  external: number;
  collected: boolean;
}

export interface HeapSample {
  seconds: number;
  label: string;
  rssBytes: number;
  main: HeapFigures;
  /** Undefined when the server has no lint worker running. */
  worker?: HeapFigures;
  /** Characters in all open documents at the time. */
  textChars: number;
  /** User + system CPU seconds of the server process so far. */
  cpuSeconds: number;
}

export interface LoadResult {
  mode: 'pull' | 'push';
  documents: number;
  edits: number;
  requests: number;
  answered: number;
  barriers: number;
  failedRequests: number;
  latency: { p50: number; p95: number; max: number };
  rss: { seconds: number; bytes: number }[];
  heap: HeapSample[];
  collectGarbage: boolean;
  openedRssBytes: number | undefined;
  rounds: { round: number; edits: number; rssBytes: number | undefined; p50: number; p95: number }[];
  pushed: { count: number; supersededInFlight: number; stale: number; older: number; outside: number };
  compared: number;
  /** Pull answers of kind "unchanged" (the client kept the diagnostics it held). */
  unchangedAnswers: number;
  problems: string[];
}

export function runLoad(options?: LoadOptions): Promise<LoadResult>;
