// Spawns the CLI as a user would run `npx postwacht`: the core bundled once (vite, as the benchmark does) and run
// by plain node, so each spawn costs node's start-up rather than tsx compiling the sources again (4+ s per spawn
// on a loaded machine). One test runs the real bin through tsx, to prove it wires up the same program.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/postwacht.js');
const dir = mkdtempSync(join(tmpdir(), 'postwacht-cli-'));
let bundle = '';

beforeAll(async () => {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    build: {
      ssr: join(ROOT, 'src/cli/main.ts'),
      outDir: join(dir, 'bundle'),
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: 'postwacht.mjs', format: 'es' } },
    },
    ssr: { noExternal: true },
  });
  bundle = join(dir, 'bundle/postwacht.mjs');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A budget no loaded machine comes near (a spawn takes well under a second alone); the test's own timeout is larger.
const SPAWN_BUDGET_MS = 60_000;
const spawn = (entry: string, args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [entry, ...args], { input, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env }, timeout: SPAWN_BUDGET_MS });
const run = (args: string[], input?: string, env: Record<string, string> = {}) => spawn(bundle, args, input, env);

describe('postwacht CLI', () => {
  it('check prints findings for a person, in the requested language', () => {
    const nl = run(['check', 'Open dag op Liudger, die conrector is een idioot']);
    expect(nl.status).toBe(0);
    expect(nl.stdout).toContain('[C3]');
    expect(nl.stdout).toContain('[C4]');
    expect(nl.stdout).toContain('[A8]');
    expect(nl.stdout).toContain('Disclaimer invoegen');
    const en = run(['check', '--lang', 'en', 'Open dag op Liudger']);
    expect(en.stdout).toContain('Say that you work at CSG Liudger');
    const fine = run(['check', 'Lekker weer vandaag'], undefined, { LANG: 'en_GB.UTF-8' });
    expect(fine.stdout).toContain('No findings');
  });

  it('check --jsonl prints one line per input line; a bad line is named on stderr and the rest still judged', () => {
    const input = ['{"id":"a","text":"Toetsweek op CSG Liudger","lang":"nl"}', '{not json', '', '{"id":7}', '{"id":"b","text":"Wat een mooie dag"}'].join('\n');
    const r = run(['check', '--jsonl', '-'], input);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]).toEqual({
      id: 'a',
      related: 'explicit',
      lang: 'nl',
      findings: [
        { article: 'C3', code: 'disclosure-missing', severity: 'warning' },
        { article: 'C4', code: 'opinion-missing', severity: 'warning' },
      ],
    });
    expect(lines[1]).toEqual({ id: 'b', related: 'none', lang: 'nl', findings: [] });
    expect(r.stderr).toMatch(/Regel 2\b/);
    expect(r.stderr).toMatch(/Regel 4\b/);
  });

  it('check --jsonl FILE reports spans and categories where they apply', () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, JSON.stringify({ id: 1, text: 'Mail me op piet.jansen@gmail.com' }) + '\n');
    const r = run(['check', '--jsonl', file]);
    expect(r.status).toBe(0);
    const line = JSON.parse(r.stdout);
    const email = line.findings.find((f: { category?: string }) => f.category === 'email');
    expect(email).toMatchObject({ article: expect.any(String), code: 'personal-data', start: 11, end: 32 });
    expect(Object.keys(email).sort()).toEqual(['article', 'category', 'code', 'end', 'severity', 'start']);
  });

  it('--settings applies partial settings and names an invalid field', () => {
    const ok = join(dir, 'ok.json');
    writeFileSync(ok, JSON.stringify({ role: 'leerling' }));
    const r = run(['check', '--settings', ok, '--jsonl', '-'], '{"id":1,"text":"Open dag op Liudger"}\n');
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: { abusive: 'yes' } }));
    const b = run(['check', '--settings', bad, 'x']);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('rules.abusive');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{');
    expect(run(['check', '--settings', broken, 'x']).stderr).toContain('broken.json');
  });

  it('disclaimer prints the text to insert', () => {
    expect(run(['disclaimer', '--site', 'x']).stdout.trim()).toBe('Docent bij CSG Liudger; persoonlijke mening, niet namens de school.');
    expect(run(['disclaimer', '--lang', 'en']).stdout).toMatch(/^I work at CSG Liudger\./);
  });

  it('the bin runs the same program from source', () => {
    const viaBin = spawn(BIN, ['disclaimer', '--site', 'x']);
    expect(viaBin.status).toBe(0);
    expect(viaBin.stdout).toBe(run(['disclaimer', '--site', 'x']).stdout);
  });

  it('--help and bad arguments', () => {
    const h = run(['--help'], undefined, { LANG: 'en_US.UTF-8' });
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('postwacht check --jsonl');
    const u = run(['frobnicate']);
    expect(u.status).toBe(2);
    expect(u.stderr).toContain('frobnicate');
    expect(run(['check', '--lang', 'de', 'x']).status).toBe(2);
    expect(run(['check', '--bogus']).status).toBe(2);
  });
});
