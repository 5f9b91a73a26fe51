// Which process a number names. A lock names its holder by process id, but ids are reused: after
// a restart the id in a lock left behind may belong to another program, and "that process is
// alive" then proves nothing. What tells two processes with one id apart is when each started.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** What the OS says about a process: enough to tell it from a later process given the same id. */
export interface ProcessStamp {
  /** Linux: the kernel's id of this boot. A lock written in another boot names a process that is gone. */
  bootId?: string;
  /** Linux: the start time in clock ticks since boot (/proc/<pid>/stat, field 22): exact within one boot. */
  startTicks?: number;
  /** The start time by the wall clock (ms since 1970), to within a second or so. */
  startedAtMs?: number;
}

/**
 * Linux's clock tick for /proc (USER_HZ) is 100 on every architecture Scrutineer runs on; only
 * the wall-clock estimate uses it, the comparison of ticks within one boot does not.
 */
const USER_HZ = 100;
const EXEC_TIMEOUT_MS = 3000;

async function linuxStamp(pid: number | 'self'): Promise<ProcessStamp | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces or ')': fields 3 on follow the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const startTicks = Number(fields[22 - 3]);
  if (!Number.isSafeInteger(startTicks)) return undefined;
  const bootId = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => '')).trim();
  const btime = /^btime (\d+)$/m.exec(await readFile('/proc/stat', 'utf8').catch(() => ''))?.[1];
  return {
    startTicks,
    ...(bootId ? { bootId } : {}),
    ...(btime ? { startedAtMs: Number(btime) * 1000 + (startTicks * 1000) / USER_HZ } : {}),
  };
}

function run(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string | undefined> {
  return new Promise((resolve) => {
    try {
      execFile(
        cmd,
        args,
        { timeout: EXEC_TIMEOUT_MS, windowsHide: true, encoding: 'utf8', ...(env ? { env } : {}) },
        (err, stdout) => resolve(err ? undefined : stdout.trim()),
      );
    } catch {
      resolve(undefined);
    }
  });
}

/** macOS and the BSDs: `ps -o lstart=`, in UTC and the C locale ("Sun Dec  6 17:10:44 2026"). */
async function psStamp(pid: number): Promise<ProcessStamp | undefined> {
  const out = await run('ps', ['-o', 'lstart=', '-p', String(pid)], { ...process.env, LC_ALL: 'C', TZ: 'UTC' });
  const ms = out ? Date.parse(`${out} GMT`) : NaN;
  return Number.isFinite(ms) ? { startedAtMs: ms } : undefined;
}

/** Windows: PowerShell's Get-Process (no native module); refused for some elevated processes. */
async function windowsStamp(pid: number): Promise<ProcessStamp | undefined> {
  const out = await run('powershell.exe', [
    '-NoProfile',
    '-NonInteractive',
    '-Command',
    `(Get-Process -Id ${pid} -ErrorAction Stop).StartTime.ToUniversalTime().ToString('o')`,
  ]);
  const ms = out ? Date.parse(out) : NaN;
  return Number.isFinite(ms) ? { startedAtMs: ms } : undefined;
}

/** The stamp of a running process, or undefined when the OS will not say (then nothing is concluded). */
export async function processStamp(pid: number): Promise<ProcessStamp | undefined> {
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
  if (process.platform === 'linux') return linuxStamp(pid);
  if (process.platform === 'win32') return windowsStamp(pid);
  return psStamp(pid);
}

/** This process's own stamp, for the lock it writes: cheap everywhere (no program is run). */
export async function ownStamp(): Promise<ProcessStamp> {
  if (process.platform === 'linux') {
    const s = await linuxStamp('self');
    if (s) return s;
  }
  return { startedAtMs: Date.now() - process.uptime() * 1000 };
}

/** Clocks read a second apart, `ps` rounding to the second, an estimate from uptime: all within this. */
const SAME_START_MS = 3000;

/**
 * Whether the live process `live` is the one that wrote a lock stamped `held` (whose `lockedAtMs`
 * is when the lock was taken). false: certainly another process (the id was reused); true: the
 * same, as far as can be told; undefined: the OS did not say, so nothing is concluded.
 */
export function sameProcess(
  held: ProcessStamp & { lockedAtMs?: number },
  live: ProcessStamp | undefined,
): boolean | undefined {
  if (!live) return undefined;
  if (held.bootId && live.bootId) {
    if (held.bootId !== live.bootId) return false;
    if (held.startTicks !== undefined && live.startTicks !== undefined) return held.startTicks === live.startTicks;
  }
  if (live.startedAtMs === undefined) return undefined;
  if (held.startedAtMs !== undefined) return Math.abs(held.startedAtMs - live.startedAtMs) <= SAME_START_MS;
  // A lock from before stamps were written names only when it was taken: a process that started
  // after that cannot have taken it.
  if (held.lockedAtMs !== undefined && Number.isFinite(held.lockedAtMs))
    return live.startedAtMs <= held.lockedAtMs + SAME_START_MS;
  return undefined;
}
