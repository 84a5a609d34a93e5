// Builds the content scripts ourselves instead of letting @crxjs emit them: a small classic watcher script that
// runs with every page of the four sites, and the heavy part (evaluator, banner, their data) as one ES module
// that the watcher imports the first time a compose box gets focus.
//
// Why not @crxjs's own content scripts: @crxjs/vite-plugin 3 emits each content script as a tiny loader that
// `import()`s its chunks from chrome-extension:// URLs, all listed under `web_accessible_resources` for every
// page, so any page can probe for those files and fingerprint the extension (issue 6: least privilege).
//
// Why lazy (issue 14): the evaluator with its name lexicon and tables is some 165 KB gzipped and growing (a
// learned name model and an abuse lexicon are coming). Parsing and running that on every page load of four busy
// sites cost tens of milliseconds of main-thread script before anyone wrote a word. Now the page pays for the
// watcher only (`npm run measure`), and the heavy module loads on the first focus of a compose box.
//
// How the lazy module is reached: `content/lazy.js` is the one web-accessible resource, for the four sites'
// origins only, with `use_dynamic_url` in Chromium (its URL then carries a per-session id, so a page cannot probe
// for it by the extension's fixed id; Firefox's moz-extension:// ids are random per install already). A
// module imported from a content script runs in that script's isolated world, not the page's, so the page's
// scripts can neither see it nor call into it, and the extension's CSP (script-src 'self') is untouched: no
// remote code, nothing evaluated from strings. We chose this over injecting the heavy script from the worker
// (scripting.executeScript needs the "scripting" permission plus host permissions, and a sleeping MV3 worker
// takes tens of milliseconds to wake on the way to the first banner) and over passing data from the worker
// (code cannot be passed without eval).
//
// Modules with state that both parts use (the live settings, the attached files captured since page load, the
// site adapters) must exist once. The watcher is built first; every project module in its bundle is left on the
// isolated world's `globalThis.__postwachtShared`, and the lazy module's imports of those modules are rewritten
// to read them from there. The page's own scripts run in another world and cannot see that global.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import ts from 'typescript';
import { build, type Plugin, type Rolldown } from 'vite';

type PluginContext = { emitFile(file: { type: 'asset'; fileName: string; source: string }): string };

/** The lazily imported module: source entry and output file. */
export const LAZY_ENTRY = 'src/content/lazy.ts';
export const LAZY_OUTPUT = 'content/lazy.js';
const GLOBAL = '__postwachtShared';
const WATCHER_ENTRY = 'virtual:postwacht-watcher';

interface ContentScriptEntry {
  js?: string[];
  matches?: string[];
  [k: string]: unknown;
}
type Manifest = { content_scripts?: ContentScriptEntry[]; web_accessible_resources?: unknown[]; [k: string]: unknown };

/** Output file for a source entry: `src/content/index.ts` → `content/index.js`. */
export function contentOutputName(src: string): string {
  return src.replace(/^src\//, '').replace(/\.[cm]?[jt]sx?$/, '.js');
}

/** Names a module exports, read from its syntax without running it. */
function exportNames(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const names: string[] = [];
  const exported = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st) && exported(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) && exported(st)) {
      names.push(isDefault(st) ? 'default' : (st.name?.text ?? 'default'));
    } else if (ts.isExportAssignment(st)) {
      names.push('default');
    } else if (ts.isExportDeclaration(st) && !st.isTypeOnly) {
      if (!st.exportClause) throw new Error(`content scripts: 'export *' in ${file} cannot be shared; name the exports`);
      if (ts.isNamedExports(st.exportClause)) for (const e of st.exportClause.elements) if (!e.isTypeOnly) names.push(e.name.text);
    }
  }
  return names;
}

/** Lazy build: imports of modules the watcher already holds become reads of what it left on the isolated world. */
function readSharedFromGlobal(root: string, shared: Set<string>): Plugin {
  return {
    name: 'postwacht:shared-from-global',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const file = resolved?.id.split('?')[0];
      if (!file || !shared.has(file)) return null;
      // The id ends in .mjs so no other plugin (TypeScript, JSX) treats the generated proxy as its own kind of file.
      return `\0postwacht-shared:${encodeURIComponent(relative(root, file))}.mjs`;
    },
    load(id) {
      if (!id.startsWith('\0postwacht-shared:')) return null;
      const key = decodeURIComponent(id.slice('\0postwacht-shared:'.length, -'.mjs'.length));
      const q = JSON.stringify(key);
      const lines = [
        `const m = globalThis.${GLOBAL} && globalThis.${GLOBAL}[${q}];`,
        `if (!m) throw new Error("Postwacht: shared module " + ${q} + " is missing");`,
      ];
      for (const n of exportNames(resolve(root, key))) lines.push(n === 'default' ? 'export default m.default;' : `export const ${n} = m[${JSON.stringify(n)}];`);
      return lines.join('\n');
    },
  };
}

/**
 * Watcher build, second pass: the shared modules, then the real entry, then the global. Imports are evaluated
 * before the body, so the entry's main() runs before the global is set; that is safe because the lazy module
 * that reads the global is only ever loaded by a dynamic import, which settles after this script has finished.
 */
function watcherEntry(root: string, entry: string, shared: Set<string>): Plugin {
  return {
    name: 'postwacht:watcher-entry',
    resolveId: (id) => (id === WATCHER_ENTRY ? `\0${WATCHER_ENTRY}` : null),
    load(id) {
      if (id !== `\0${WATCHER_ENTRY}`) return null;
      const lines: string[] = [];
      const entries: string[] = [];
      [...shared].forEach((file, i) => {
        lines.push(`import * as m${i} from ${JSON.stringify(file)};`);
        entries.push(`${JSON.stringify(relative(root, file))}: m${i}`);
      });
      lines.push(`import ${JSON.stringify(entry)};`);
      // The browser API module too (see browserApiFromWatcher): the lazy module would otherwise bundle it again.
      lines.push(`import browserApi from 'webextension-polyfill';`);
      entries.push(`${JSON.stringify(BROWSER_API_KEY)}: { default: browserApi }`);
      lines.push(`globalThis.${GLOBAL} = Object.freeze({ ${entries.join(', ')} });`);
      return lines.join('\n');
    },
  };
}

/**
 * `import browser from 'webextension-polyfill'` without the bundler's CommonJS interop reading every property of
 * the polyfill's export. In Chromium ≥ 142 and in Firefox the polyfill exports the browser's own `browser` object,
 * and the interop (`__toESM`) asks for the descriptor of each of its properties, which makes Chromium build the
 * bindings of every extension API namespace (app, runtime, storage, tabs, …) in the content script's world: a CPU
 * profile of a page load showed 10–20 ms in `get app` under `__toESM`, well over half of the watcher's cold start
 * (issue 14), for the two namespaces it uses. The module the content scripts get instead has no own properties
 * and the polyfill's export as its prototype: nothing to copy, and `browser.storage` reads through to the same
 * object as before (Chromium builds a namespace on its first use).
 */
function browserApiWithoutCopy(): Plugin {
  const id = '\0postwacht-browser-api.cjs';
  return {
    name: 'postwacht:browser-api',
    enforce: 'pre',
    resolveId: (source, importer) => (source === 'webextension-polyfill' && importer !== id ? id : null),
    load: (loaded) => (loaded === id ? 'module.exports = Object.create(require("webextension-polyfill"));' : null),
  };
}

/** Key of the browser API module on the shared global. */
const BROWSER_API_KEY = 'webextension-polyfill';

/**
 * Lazy build: `import browser from 'webextension-polyfill'` reads the object the watcher already made
 * (browserApiWithoutCopy's), instead of bundling the polyfill a second time: 28 KB less to parse on the way to a
 * tab's first banner (issue 14), and both parts keep using one and the same object.
 */
function browserApiFromWatcher(): Plugin {
  const id = '\0postwacht-browser-api-shared.mjs';
  const q = JSON.stringify(BROWSER_API_KEY);
  return {
    name: 'postwacht:browser-api-shared',
    enforce: 'pre',
    resolveId: (source) => (source === 'webextension-polyfill' ? id : null),
    load: (loaded) =>
      loaded === id
        ? [
            `const m = globalThis.${GLOBAL} && globalThis.${GLOBAL}[${q}];`,
            `if (!m) throw new Error("Postwacht: shared module " + ${q} + " is missing");`,
            'export default m.default;',
          ].join('\n')
        : null,
  };
}

async function bundle(root: string, mode: string, input: string, format: 'iife' | 'es', plugins: Plugin[]): Promise<Rolldown.OutputChunk> {
  const out = await build({
    root,
    // The outer build's mode (`--mode e2e` for the test harness), so import.meta.env.MODE agrees in every script.
    mode,
    configFile: false,
    logLevel: 'warn',
    plugins: [...(format === 'es' ? [browserApiFromWatcher()] : [browserApiWithoutCopy()]), ...plugins],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      minify: !process.env.POSTWACHT_NO_MINIFY,
      sourcemap: false,
      modulePreload: false,
      rollupOptions: {
        input,
        // Vite drops an app entry's exports; the lazy module's `start` is its whole point.
        preserveEntrySignatures: format === 'es' ? 'strict' : false,
        output: { format, codeSplitting: false, entryFileNames: 'out.js' } as never,
      },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if (!('output' in o)) continue;
    const chunk = o.output.find((c) => c.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk;
  }
  throw new Error(`content script ${input} produced no chunk`);
}

/** Builds the watcher (classic script) and the lazy module (ES module). */
export async function buildContentScripts(root: string, watcherSrc: string, mode = 'production'): Promise<{ watcher: string; lazy: string; shared: string[] }> {
  const entry = resolve(root, watcherSrc);
  // Pass 1: which project modules end up in the watcher.
  const probe = await bundle(root, mode, entry, 'iife', []);
  const srcDir = resolve(root, 'src') + '/';
  const shared = new Set(
    probe.moduleIds.map((id) => id.split('?')[0]!).filter((id) => id.startsWith(srcDir) && /\.tsx?$/.test(id) && id !== entry),
  );
  // Pass 2: the watcher again, now leaving those modules on the isolated world.
  const watcher = await bundle(root, mode, WATCHER_ENTRY, 'iife', [watcherEntry(root, entry, shared)]);
  const lazy = await bundle(root, mode, resolve(root, LAZY_ENTRY), 'es', [readSharedFromGlobal(root, shared), ...preact()]);
  return { watcher: watcher.code, lazy: lazy.code, shared: [...shared].map((f) => relative(root, f)) };
}

/**
 * Wraps @crxjs: strips `content_scripts` from the manifest it sees, builds the one listed script as the watcher
 * and `src/content/lazy.ts` as the lazy module, and writes both back into the emitted manifest with the one
 * web-accessible resource, for the content scripts' own match patterns.
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
      if (sources.length !== 1) throw new Error('content scripts: expected exactly one watcher script in the manifest');
      const { watcher, lazy } = await buildContentScripts(root, sources[0]!, mode);
      this.emitFile({ type: 'asset', fileName: contentOutputName(sources[0]!), source: watcher });
      this.emitFile({ type: 'asset', fileName: LAZY_OUTPUT, source: lazy });
      return { ...m, content_scripts: scripts.map((s) => ({ ...s, js: (s.js ?? []).map(contentOutputName) })) };
    },
    // The web-accessible entry is added once the manifest is written: @crxjs checks its own list of such files
    // against the source tree, where the built lazy module does not exist.
    writeBundle(options) {
      const file = resolve(options.dir ?? resolve(root, 'dist'), 'manifest.json');
      const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      const matches = [...new Set(scripts.flatMap((s) => s.matches ?? []))];
      m.web_accessible_resources = [...(m.web_accessible_resources ?? []), { resources: [LAZY_OUTPUT], matches, use_dynamic_url: true }];
      writeFileSync(file, JSON.stringify(m, null, 2));
    },
  };
  return { manifestForCrx: rest, plugin };
}
