// The PDF capability: one PDF per plan and one for the portfolio. Sections
// (sections/) say what to draw, the layout (layout/) puts it on pages, and
// pdfkit (pdfkit/) writes the file; data only flows that way.
export { makePdfFileName } from './file-name.js';
export { pinPdfDate } from './pdf-jobs.js';
export { renderPlanPdf, renderPortfolioPdf } from './render-pdf.js';
export { writePdfs, type ThreadsDrawn, type WrittenPdf } from './write-pdfs.js';
export { choosePdfThreads, discardEarlyThread } from './pdf-pool.js';
