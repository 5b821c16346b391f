// The PDF capability: one PDF per plan and one for the portfolio, made with
// pdfkit from the validated plan data.
export { makePdfFileName, PORTFOLIO_PDF_NAME } from './file-name.js';
export { renderPlanPdf, renderPortfolioPdf, resolvePdfDate, type PdfOptions } from './render-pdf.js';
export { describePdfCpu, writePdfs, type WritePdfsOptions, type WrittenPdf } from './write-pdfs.js';
export type { PdfProgress, ProgressMode } from './progress.js';
export type { PageSize } from './theme.js';
