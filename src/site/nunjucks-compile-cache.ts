import nunjucks from 'nunjucks';

// Eleventy 3.1 hands Nunjucks a new Template object for every page it
// renders (`compile()` in its src/Engines/Nunjucks.js makes one per call, and
// pagination calls it per page), and each compiles its source again: for a
// paginated plan template that is one full compile per plan, about half of a
// large build. Compiled code depends only on the source, its path and the
// environment, so it is kept here and handed to later Template objects with
// the same source. What else compiling reads of the environment (its
// async filters, extension tags and lexer options) is part of the key, so
// watch mode's rebuilds, each with an environment of its own made alike,
// share it too. A project's templates/ changes nothing here: Eleventy reads
// a staging folder (src/runtime/template-layers.ts) where Planfolio's file and
// the project's override of it have the same path, and the source in the key
// tells them apart, so a saved override compiles again and a deleted one
// goes back to Planfolio's compiled code. It wraps a private method, so
// nunjucks is pinned exactly (3.2.4) and test/site/pinned-dependencies.test.ts
// fails when it changes.

type CompiledProps = { root: unknown };
interface EnvironmentInternals {
  asyncFilters?: string[];
  extensionsList?: { tags?: string[] }[];
  opts?: { trimBlocks?: boolean; lstripBlocks?: boolean; tags?: unknown };
}
interface TemplateInternals {
  tmplStr?: string;
  tmplProps?: CompiledProps;
  path?: string | null;
  env: EnvironmentInternals;
  _compile(): void;
}

/** Compiled templates by environment signature, path and source; emptied when full. */
const compiled = new Map<string, CompiledProps>();
const MAX_COMPILED = 500;
const signatures = new WeakMap<object, string>();
let installed = false;

/** What compiling reads of an environment besides the source. */
function signEnvironment(env: EnvironmentInternals): string {
  let signature = signatures.get(env);
  if (signature === undefined) {
    const { trimBlocks, lstripBlocks, tags } = env.opts ?? {};
    const extensions = (env.extensionsList ?? []).map((e) => e.tags ?? []);
    signature = JSON.stringify([env.asyncFilters ?? [], extensions, trimBlocks, lstripBlocks, tags]);
    signatures.set(env, signature);
  }
  return signature;
}

/** Makes Nunjucks compile each template source once per process, not once per page and build. */
export function installNunjucksCompileCache(): void {
  if (installed) return;
  installed = true;
  const prototype = (nunjucks.Template as unknown as { prototype: TemplateInternals }).prototype;
  const compileAgain = prototype._compile;
  prototype._compile = function (this: TemplateInternals) {
    if (this.tmplProps || typeof this.tmplStr !== 'string') return compileAgain.call(this);
    const key = `${signEnvironment(this.env)}\0${this.path ?? ''}\0${this.tmplStr}`;
    const props = compiled.get(key);
    if (props) {
      this.tmplProps = props;
      return compileAgain.call(this);
    }
    compileAgain.call(this);
    // After a compile from source, the root function is what the next page can reuse.
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(key, { root: (this as unknown as { rootRenderFunc: unknown }).rootRenderFunc, ...blocksOf(this) });
  };
}

function blocksOf(template: TemplateInternals): Record<string, unknown> {
  const blocks = (template as unknown as { blocks?: Record<string, unknown> }).blocks ?? {};
  return Object.fromEntries(Object.entries(blocks).map(([name, fn]) => [`b_${name}`, fn]));
}
