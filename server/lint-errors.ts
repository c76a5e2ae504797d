// How a lint can fail without a bug: shared by the lint worker's runner (Node) and the server,
// which must not load the worker's Node-only code in a browser.

export class LintTimeoutError extends Error {}

/** The job was skipped because a newer text of the same document is queued behind it. */
export class LintSupersededError extends Error {}
