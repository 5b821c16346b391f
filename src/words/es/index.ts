// The Spanish catalogue: the keys of the English one (en/), which the
// catalogue test checks; a missing key reads in English.
import { common } from './common.js';
import { history } from './history.js';
import { pdf } from './pdf.js';
import { plan } from './plan.js';
import { site } from './site.js';

export const es = { ...common, ...plan, ...site, ...pdf, ...history };
