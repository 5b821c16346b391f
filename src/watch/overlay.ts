import type { Problem } from '../errors/problem.js';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Styles live in the markup so the overlay looks the same on any page, whatever its CSS. */
const BOX =
  'position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;z-index:2147483647;' +
  'background:#1f1f24;color:#f5f5f7;border:2px solid #ff6b6b;border-radius:12px;padding:1rem 1.25rem;' +
  'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 10px 40px rgba(0,0,0,.4)';

/** Closes the overlay until the next save that fails (the dev client handles the click). */
export const CLOSE_BUTTON =
  '<button type="button" data-planfolio-close aria-label="Close" title="Close (it comes back on the next save that fails)" ' +
  'style="float:right;margin:-.25rem -.5rem 0 .5rem;background:none;border:0;color:inherit;font:20px/1 sans-serif;cursor:pointer;padding:.25rem .5rem">×</button>';

/**
 * The problems overlay, as HTML (server side); the dev client builds the same
 * box from events. Empty when there is nothing wrong.
 */
export function renderOverlay(problems: Problem[]): string {
  if (problems.length === 0) return '';
  const items = problems
    .map(
      (p) =>
        `<li style="margin:.35rem 0"><strong style="color:#ffb3b3">${escapeHtml(`${p.file}:${p.line}:${p.column}`)}</strong>` +
        `${p.path ? ` <code style="color:#9cdcfe">${escapeHtml(p.path)}</code>` : ''} ${escapeHtml(p.message)}</li>`,
    )
    .join('');
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return (
    `<section id="planfolio-overlay" role="alert" aria-live="assertive" style="${BOX}">` +
    CLOSE_BUTTON +
    `<h2 style="margin:0 0 .5rem;font-size:15px;color:#ff8e8e">Planfolio: ${count}; showing the last good build</h2>` +
    `<ul style="margin:0;padding-left:1.1rem">${items}</ul></section>`
  );
}
