// How a plan's history tells each revision: one sentence per change.
export const history = {
  'history.notCommitted': 'Not yet committed',
} as const;
