// axe-core in a real page. The source goes in through page.evaluate, which the extension pages' CSP
// (script-src 'self') does not block, unlike an injected inline <script>.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical violations under `selector` (the whole document by default). */
export async function seriousViolations(page: Page | Frame, selector?: string): Promise<AxeViolation[]> {
  await page.evaluate(`${axeSource}\n;0`);
  const all = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, selector ?? null);
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
