// The gazetteer of Dutch and Frisian place names (data/places.generated.ts, built by scripts/build-places.ts
// from GeoNames NL and the BAG woonplaatsen): evidence that a capitalised word is a place, not a person.
// Front-coded (../front-coding.ts), decoded into a Set on first use; names are lower case, words separated by one space.
import { PLACES } from '../data/places.generated.ts';
import { frontDecode } from '../front-coding.ts';

let shipped: Set<string> | null = null;
let override: Set<string> | null = null;

/** The place names, lower case. */
export function places(): Set<string> {
  return override ?? (shipped ??= new Set(frontDecode(PLACES)));
}

/** For the build script and tests: use another set of places (null restores the shipped one). */
export function usePlaces(set: Set<string> | null): void {
  override = set;
}
