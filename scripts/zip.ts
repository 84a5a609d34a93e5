// Store-ready zips with fflate (pure JS), so packaging needs no system `zip` binary.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

function collect(dir: string, root: string, out: Zippable): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, root, out);
    // A fixed date keeps the zips reproducible from the same build.
    else out[relative(root, path).split(sep).join('/')] = [readFileSync(path), { mtime: new Date('2020-01-01T00:00:00Z') }];
  }
}

export function zipDirectory(dir: string, zipPath: string): void {
  const files: Zippable = {};
  collect(dir, dir, files);
  writeFileSync(zipPath, zipSync(files, { level: 9 }));
}
