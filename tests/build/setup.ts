// Builds both targets once for the build checks, into a temp directory so parallel runs never share dist/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageTargets, ROOT } from '../../scripts/package-targets.ts';

export default function setup(): () => void {
  const dist = mkdtempSync(join(tmpdir(), 'postwacht-dist-'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', join(dist, 'chrome'), '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 600_000,
  });
  packageTargets(dist);
  process.env.POSTWACHT_DIST = dist;
  return () => rmSync(dist, { recursive: true, force: true });
}
