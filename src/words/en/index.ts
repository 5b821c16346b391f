// The English catalogue: every word and sentence a reader of the site, the
// PDFs or a plan's history sees. Other languages give the same keys.
import { common } from './common.js';
import { history } from './history.js';
import { pdf } from './pdf.js';
import { plan } from './plan.js';
import { site } from './site.js';

export const en = { ...common, ...plan, ...site, ...pdf, ...history } as const;
