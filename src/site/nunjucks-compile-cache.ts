import nunjucks from 'nunjucks';

// Eleventy 3.1 hands Nunjucks a new Template object for every page it
// renders (`compile()` in its src/Engines/Nunjucks.js makes one per call, and
// pagination calls it per page), and each compiles its source again: for a
// paginated plan template that is one full compile per plan, about half of a
// large build. Compiled code depends only on the source, its path and the
// environment, so it is kept here and handed to later Template objects with
// the same source. It wraps a private method, so nunjucks is pinned exactly
// (3.2.4) and test/site/pinned-dependencies.test.ts fails when it changes.

type CompiledProps = { root: unknown };
interface TemplateInternals {
  tmplStr?: string;
  tmplProps?: CompiledProps;
  path?: string | null;
  env: object;
  _compile(): void;
}

const compiled = new WeakMap<object, Map<string, CompiledProps>>();
let installed = false;

/** Makes Nunjucks compile each template source once per environment, not once per page. */
export function installNunjucksCompileCache(): void {
  if (installed) return;
  installed = true;
  const prototype = (nunjucks.Template as unknown as { prototype: TemplateInternals }).prototype;
  const compileAgain = prototype._compile;
  prototype._compile = function (this: TemplateInternals) {
    if (this.tmplProps || typeof this.tmplStr !== 'string') return compileAgain.call(this);
    let cache = compiled.get(this.env);
    if (!cache) compiled.set(this.env, (cache = new Map()));
    const key = `${this.path ?? ''}\0${this.tmplStr}`;
    const props = cache.get(key);
    if (props) {
      this.tmplProps = props;
      return compileAgain.call(this);
    }
    compileAgain.call(this);
    // After a compile from source, the root function is what the next page can reuse.
    cache.set(key, { root: (this as unknown as { rootRenderFunc: unknown }).rootRenderFunc, ...blocksOf(this) });
  };
}

function blocksOf(template: TemplateInternals): Record<string, unknown> {
  const blocks = (template as unknown as { blocks?: Record<string, unknown> }).blocks ?? {};
  return Object.fromEntries(Object.entries(blocks).map(([name, fn]) => [`b_${name}`, fn]));
}
