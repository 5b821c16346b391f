import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

// The `yaml` package keeps every node's position, which only placing a
// problem at its line needs. Valid plans go through js-yaml alone, so `yaml`
// is loaded on first use: `planfolio check` of valid plans never pays the
// 30 ms it takes to load.
const requireFromHere = createRequire(import.meta.url);
let library: typeof Yaml | undefined;

/** The `yaml` package, loaded the first time a caller needs positions. */
export function useYamlLibrary(): typeof Yaml {
  return (library ??= requireFromHere('yaml') as typeof Yaml);
}
