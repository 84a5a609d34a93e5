// Builds the manifest's content scripts as self-contained classic scripts instead of letting @crxjs emit them.
//
// Why: @crxjs/vite-plugin 3 emits each content script as a tiny loader that `import()`s its real chunks from
// chrome-extension:// URLs, and lists those chunks under `web_accessible_resources`. Any page can then probe
// for those files and fingerprint the extension, and the sites never need them (issue 6: least privilege).
// A classic IIFE per entry, without code splitting, needs no web-accessible resource at all.
//
// The evaluator's bulky data (the name lexicon under src/protocol/data/, franc's trigram table, the IBAN country
// table, the interface strings) is split off
// into a second content script listed *before* the main one in the manifest: Chromium and Firefox run a
// content-script entry's files in order in the same isolated world, so the data script leaves its modules on
// the isolated world's `globalThis` and the main script's imports of those modules are rewritten to read them
// from there. The page's own scripts run in another world and cannot see that global. We chose this over
// evaluating in the background worker because a sleeping MV3 worker takes tens of milliseconds to wake and
// every keystroke would cross a message channel; in the content script a 3,000-character draft evaluates in
// well under a millisecond (see `npm run measure`).
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import ts from 'typescript';
import { build, type Plugin } from 'vite';

type PluginContext = { emitFile(file: { type: 'asset'; fileName: string; source: string }): string };

/**
 * Modules that go into the data script rather than the main one: the evaluator's tables (the generated name
 * lexicon, franc's trigram table, ibantools' per-country IBAN formats) and the interface strings. `specifier` is
 * how the data script imports it; `test` recognises the same module when the main script's code resolves it.
 * Everything in src/protocol/data/ is added automatically.
 */
export const DATA_MODULES: { key: string; specifier: string; test: RegExp }[] = [
  { key: 'franc-min/data', specifier: 'franc-min/data.js', test: /[\\/]node_modules[\\/]franc-min[\\/]data\.js$/ },
  { key: 'ibantools', specifier: 'ibantools', test: /[\\/]node_modules[\\/]ibantools[\\/]jsnext[\\/]ibantools\.js$/ },
  { key: 'locales/nl', specifier: '/public/_locales/nl/messages.json', test: /[\\/]public[\\/]_locales[\\/]nl[\\/]messages\.json$/ },
  { key: 'locales/en', specifier: '/public/_locales/en/messages.json', test: /[\\/]public[\\/]_locales[\\/]en[\\/]messages\.json$/ },
];
const GLOBAL = '__postwachtData';
const DATA_ENTRY = 'virtual:postwacht-data';

interface ContentScriptEntry {
  js?: string[];
  [k: string]: unknown;
}
type Manifest = { content_scripts?: ContentScriptEntry[]; [k: string]: unknown };

/** Output file for a source entry: `src/content/index.ts` → `content/index.js`. */
export function contentOutputName(src: string): string {
  return src.replace(/^src\//, '').replace(/\.[cm]?[jt]sx?$/, '.js');
}

/** Names a module exports, read from its syntax without running it (generated data files export plain values). */
function exportNames(file: string): string[] {
  if (file.endsWith('.json')) return ['default'];
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const names: string[] = [];
  const exported = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st) && exported(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && exported(st)) {
      names.push(isDefault(st) ? 'default' : (st.name?.text ?? 'default'));
    } else if (ts.isExportAssignment(st)) {
      names.push('default');
    } else if (ts.isExportDeclaration(st) && !st.isTypeOnly && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const e of st.exportClause.elements) if (!e.isTypeOnly) names.push(e.name.text);
    }
  }
  return names;
}

async function allData(root: string): Promise<{ key: string; specifier: string; test: RegExp }[]> {
  const dir = resolve(root, 'src/protocol/data');
  const names = await readdir(dir).catch(() => [] as string[]);
  const generated = names
    .filter((n) => /\.(ts|js|json)$/.test(n) && !/\.(test|d)\.ts$/.test(n))
    .map((n) => resolve(dir, n))
    .map((f) => ({ key: relative(root, f).split('\\').join('/'), specifier: f, test: new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }));
  return [...generated, ...DATA_MODULES];
}

/** Main build: imports of data modules become reads of what the data script left on the isolated world. */
function readDataFromGlobal(root: string): Plugin {
  let data: Awaited<ReturnType<typeof allData>> = [];
  return {
    name: 'postwacht:data-from-global',
    enforce: 'pre',
    async buildStart() {
      data = await allData(root);
    },
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const hit = resolved && data.find((d) => d.test.test(resolved.id.split('?')[0]!));
      // The id ends in .mjs so no other plugin (JSON, TypeScript) treats the generated proxy as its own kind of file.
      return hit ? `\0postwacht-data:${encodeURIComponent(hit.key)}:${encodeURIComponent(resolved.id)}.mjs` : null;
    },
    load(id) {
      if (!id.startsWith('\0postwacht-data:')) return null;
      const [k, file] = id.slice('\0postwacht-data:'.length, -'.mjs'.length).split(':').map(decodeURIComponent) as [string, string];
      const names = exportNames(file.split('?')[0]!);
      const q = JSON.stringify(k);
      const lines = [
        `const m = globalThis.${GLOBAL} && globalThis.${GLOBAL}[${q}];`,
        `if (!m) throw new Error("Postwacht: data module " + ${q} + " did not load");`,
      ];
      for (const n of names) lines.push(n === 'default' ? 'export default m.default;' : `export const ${n} = m[${JSON.stringify(n)}];`);
      return lines.join('\n');
    },
  };
}

/** Data build: one script that evaluates every data module once and leaves them on the isolated world. */
function dataEntry(root: string): Plugin {
  return {
    name: 'postwacht:data-entry',
    resolveId: (id) => (id === DATA_ENTRY ? `\0${DATA_ENTRY}` : null),
    async load(id) {
      if (id !== `\0${DATA_ENTRY}`) return null;
      const lines: string[] = [];
      const entries: string[] = [];
      (await allData(root)).forEach((d, i) => {
        const json = d.specifier.endsWith('.json');
        lines.push(json ? `import m${i} from ${JSON.stringify(d.specifier)};` : `import * as m${i} from ${JSON.stringify(d.specifier)};`);
        entries.push(`${JSON.stringify(d.key)}: ${json ? `{ default: m${i} }` : `m${i}`}`);
      });
      lines.push(`globalThis.${GLOBAL} = Object.freeze({ ${entries.join(', ')} });`);
      return lines.join('\n');
    },
  };
}

async function buildScript(root: string, mode: string, input: string, isData: boolean): Promise<string> {
  const out = await build({
    root,
    // The outer build's mode (`--mode e2e` for the test harness), so import.meta.env.MODE agrees in every script.
    mode,
    configFile: false,
    logLevel: 'warn',
    plugins: isData ? [dataEntry(root)] : [readDataFromGlobal(root), preact()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      rollupOptions: {
        input,
        output: { format: 'iife', codeSplitting: false, entryFileNames: 'out.js' } as never,
      },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if (!('output' in o)) continue;
    const chunk = o.output.find((c) => c.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error(`content script ${input} produced no chunk`);
}

/**
 * Wraps @crxjs: strips `content_scripts` from the manifest it sees, builds each listed script itself (the entry
 * named `src/content/data.ts` becomes the data script), and writes them back into the emitted manifest.
 */
export function contentScripts(manifest: Manifest): { manifestForCrx: Manifest; plugin: Plugin } {
  const { content_scripts: scripts = [], ...rest } = manifest;
  let root = process.cwd();
  let mode = 'production';
  const plugin: Plugin & { renderCrxManifest(this: PluginContext, m: Manifest): Promise<Manifest> } = {
    name: 'postwacht:content-scripts',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      mode = config.mode;
    },
    // @crxjs calls this hook of every plugin while it writes the manifest, inside its generateBundle.
    async renderCrxManifest(this: PluginContext, m: Manifest) {
      const sources = [...new Set(scripts.flatMap((s) => s.js ?? []))];
      for (const src of sources) {
        const isData = /(^|\/)src\/content\/data\.ts$/.test(src);
        const code = await buildScript(root, mode, isData ? DATA_ENTRY : resolve(root, src), isData);
        this.emitFile({ type: 'asset', fileName: contentOutputName(src), source: code });
      }
      return { ...m, content_scripts: scripts.map((s) => ({ ...s, js: (s.js ?? []).map(contentOutputName) })) };
    },
  };
  return { manifestForCrx: rest, plugin };
}
