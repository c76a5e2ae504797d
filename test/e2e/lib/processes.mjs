// Starting and stopping the processes an end-to-end run needs. Each long-lived process is
// started in its own process group (detached), so stopping it by its id also stops its
// children (code-server forks an extension host and the language server).
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import net from 'node:net';

const started = new Set();

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a command in its own process group, its output appended to logPath. */
export function startGroup(command, args, { logPath, env, cwd } = {}) {
  const log = createWriteStream(logPath, { flags: 'a' });
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env, cwd });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  started.add(child);
  child.on('exit', () => started.delete(child));
  return child;
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops a process group started by startGroup: SIGTERM, then SIGKILL after a grace period. */
export async function stopGroup(child, graceMs = 5000) {
  if (!child?.pid) return;
  const pid = child.pid;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    started.delete(child);
    return;
  }
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  started.delete(child);
}

/** Synchronous last resort (process exit): kill every group still running. */
export function killAllStartedSync() {
  for (const child of started) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  started.clear();
}

/** Waits until an HTTP URL answers (any status), or throws after timeoutMs. */
export async function waitForHttp(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`process exited with code ${child.exitCode} before ${url} answered`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      await response.body?.cancel();
      return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${lastError?.message}`);
}

/** Parent pid of every process readable in /proc now (a Map pid -> ppid). */
function parentPids() {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while /proc was read.
    }
  }
  return parents;
}

/**
 * Live descendants of rootPid whose command line (arguments split on NUL) satisfies matches:
 * [{ pid, args }]. Reads /proc, so Linux only. Zombies have an empty command line and never match.
 */
export function descendantProcesses(rootPid, matches) {
  const parents = parentPids();
  const isDescendant = (pid) => {
    for (let current = parents.get(pid), hops = 0; current !== undefined && current > 0 && hops < 64; current = parents.get(current), hops++) {
      if (current === rootPid) return true;
    }
    return false;
  };
  const found = [];
  for (const pid of parents.keys()) {
    if (!isDescendant(pid)) continue;
    let args;
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    } catch {
      continue;
    }
    if (args.length && matches(args)) found.push({ pid, args });
  }
  return found;
}
