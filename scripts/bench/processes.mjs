// Processes of the benchmark: the CMS and site servers it starts, and their memory.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** Starts a server; its output is kept (last lines shown if it dies) rather than printed. */
export function startServer(name, command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = [];
  const keep = (chunk) => {
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    if (tail.length > 40) tail.splice(0, tail.length - 40);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`[${name}] exited (${code ?? signal}); last output:\n${tail.join('\n')}`);
  });
  return child;
}

export async function stopServer(child) {
  if (!child || child.exitCode !== null) return;
  child.stopping = true;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // gone
    }
  }
  let total = 0;
  const visit = (id) => {
    try {
      const rss = readFileSync(`/proc/${id}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      return;
    }
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return total;
}

/** Samples the peak memory of named processes every 250 ms until stopped. */
export function memoryWatch(processes) {
  const peaks = Object.fromEntries(Object.keys(processes).map((name) => [name, 0]));
  const sample = () => {
    for (const [name, child] of Object.entries(processes)) if (child.exitCode === null) peaks[name] = Math.max(peaks[name], treeRss(child.pid));
  };
  sample();
  const timer = setInterval(sample, 250);
  return {
    /** Peaks since the last reset, then starts over. */
    take() {
      sample();
      const taken = { ...peaks };
      for (const name of Object.keys(peaks)) peaks[name] = 0;
      return taken;
    },
    stop: () => clearInterval(timer),
  };
}
