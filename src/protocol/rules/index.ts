// Every rule, in the order the banner lists their findings when they have no span.
import type { Rule } from '../rule.ts';

export const RULES: readonly Rule[] = [];
