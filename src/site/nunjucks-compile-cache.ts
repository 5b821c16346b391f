import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { CACHE_DIR } from '../runtime/project-paths.js';
import { saveOnExit } from '../runtime/save-on-exit.js';

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
//
// The compiled code (what nunjucks' public `compiler.compile` makes of a
// source) is also kept between runs, in node_modules/.cache/planfolio/nunjucks/:
// compiling Planfolio's templates is most of what a first page costs (about
// 0.5 s), and a command's next run then only turns that code into functions.

type CompiledProps = { root: unknown };
interface Compiler {
  compile(source: string, asyncFilters: string[], extensions: unknown[], name: string | null, options: unknown): string;
}
interface EnvironmentInternals {
  asyncFilters: string[];
  extensionsList: { tags?: string[] }[];
  opts: { trimBlocks?: boolean; lstripBlocks?: boolean; tags?: unknown };
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
    const { trimBlocks, lstripBlocks, tags } = env.opts;
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
    let props = compiled.get(key);
    if (!props) {
      const { asyncFilters, extensionsList, opts } = this.env;
      const source = keptCode.find(key, () => (nunjucks as unknown as { compiler: Compiler }).compiler.compile(this.tmplStr!, asyncFilters, extensionsList, this.path ?? null, opts));
      // As nunjucks itself turns compiled code into a template's functions.
      props = new Function(source)() as CompiledProps; // eslint-disable-line no-new-func
      if (compiled.size >= MAX_COMPILED) compiled.clear();
      compiled.set(key, props);
    }
    this.tmplProps = props;
    return compileAgain.call(this);
  };
}

/**
 * Compiled code kept between runs, by a hash of what it was compiled from:
 * read when first needed, and written as the command ends when the run
 * compiled something new, with only the code this run used.
 */
const keptCode = (() => {
  const version = (createRequire(import.meta.url)('nunjucks/package.json') as { version: string }).version;
  const file = path.join(CACHE_DIR, 'nunjucks', `compiled-${version}.json`);
  let known: Record<string, string> | undefined;
  const used = new Map<string, string>();
  let compiledNew = false;
  const save = async () => {
    if (!compiledNew && used.size === Object.keys(known ?? {}).length) return;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(Object.fromEntries(used)));
      renameSync(temporary, file);
    } catch {
      // Only the next run's speed depends on it.
    }
  };
  return {
    find(key: string, compile: () => string): string {
      if (!known) {
        try {
          known = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
        } catch {
          known = {};
        }
        saveOnExit(save);
      }
      const hash = createHash('sha256').update(key).digest('hex');
      let code = used.get(hash) ?? known[hash];
      if (code === undefined) [code, compiledNew] = [compile(), true];
      used.set(hash, code);
      return code;
    },
  };
})();
