/** The machine a run was measured on, recorded with the figures. */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export function machineInfo(): {
  platform: string;
  cpus: number;
  cpuModel: string;
  totalMemGB: number;
  node: string;
} {
  const cpus = os.cpus();
  return {
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
  };
}

/**
 * The 1-minute load average, rounded. Recorded before and after a run: on a shared 2-core machine
 * a load above about 1 means other work competed with the benchmark and its timings are inflated.
 */
export function loadAverage(): number {
  return Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
}

/** Clock ticks per second of /proc's thread times (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

/**
 * CPU time of the main thread alone, in ms (Linux; null elsewhere), at 10 ms resolution. On a
 * shared machine the wall time of work spread over two threads is not comparable between runs;
 * the main thread's CPU is what a quiet machine's wall time follows when the other thread's work
 * fits beside it.
 */
export function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}
