// Facts are worked out by src/facts/, once per plan, as the loader hands it on.
export { deriveFacts } from '../facts/derive-facts.js';
