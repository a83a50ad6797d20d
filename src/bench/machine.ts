/** The machine a run was measured on, recorded with the figures. */
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
