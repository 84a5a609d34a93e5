// One file per feature (refined-github style): each declares where it runs and how it starts, and gets an
// AbortSignal that tears it down.
import type { SiteAdapter } from '../sites/types.ts';

export interface FeatureContext {
  adapter: SiteAdapter;
  signal: AbortSignal;
}

export interface Feature {
  id: string;
  /** Does it run on this page? Features run on every site the adapter covers unless they say otherwise. */
  runsOn(adapter: SiteAdapter, location: Location): boolean;
  start(ctx: FeatureContext): void | Promise<void>;
}
