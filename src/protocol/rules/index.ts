// Every rule, in the order the banner lists their findings when they have no span.
import type { Rule } from '../rule.ts';
import { personalDataRule } from './personal-data.ts';

export const RULES: readonly Rule[] = [personalDataRule];
