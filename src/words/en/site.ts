// What only the site says: navigation, list pages and their headings.
export const site = {
  'site.portfolio': 'Portfolio',
} as const;
