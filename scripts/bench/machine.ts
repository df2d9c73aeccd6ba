// What the numbers were measured on.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { chromiumPath } from '../../tests/browser/paths';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  chromium: string;
  /** 1, 5 and 15 minute load averages. */
  load: string;
  date: string;
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty} (${type()} ${release()})`;
  } catch {
    // No os-release: the kernel alone.
  }
  return `${type()} ${release()}`;
}

function cpuModel(): string {
  try {
    const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim();
    if (model) return model;
  } catch {
    // No /proc: what Node says.
  }
  return cpus()[0]?.model ?? 'unknown';
}

export function machine(): Machine {
  const path = chromiumPath();
  let chromium = 'not found';
  try {
    if (path) chromium = execSync(`"${path}" --version 2>/dev/null`, { encoding: 'utf8' }).trim();
  } catch {
    chromium = path ?? 'not found';
  }
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    chromium,
    load: loadavg()
      .map((l) => l.toFixed(1))
      .join(' / '),
    date: new Date().toISOString(),
  };
}
