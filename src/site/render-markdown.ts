// The site renders a plan's body with the one Markdown reading (src/markdown/).
export { renderMarkdown } from '../markdown/markdown.js';
