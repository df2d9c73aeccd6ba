// What the numbers were measured on.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

export interface Machine {
  uname: string;
  cpu: string;
  cores: number;
  node: string;
  date: string;
}

export function machine(): Machine {
  let uname = 'unknown';
  try {
    uname = execSync('uname -a', { encoding: 'utf8' }).trim();
  } catch {
    // Not a Unix: leave it unknown.
  }
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // No /proc: keep what Node says.
  }
  return { uname, cpu, cores: cpus().length, node: process.version, date: new Date().toISOString() };
}
