// What only the PDFs say: running footers, the portfolio PDF's cover.
export const pdf = {
  'pdf.page': 'Page {page} of {pages}',
} as const;
