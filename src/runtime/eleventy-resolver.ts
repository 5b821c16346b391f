// Eleventy registers a module resolver on Node's hooks thread when it is
// loaded, so that its own `--watch` can import a changed JavaScript file
// afresh; the main thread waits for that thread to start (about 0.25 s of a
// small portfolio's build) and every later import goes through it.
// Planfolio's commands import nothing twice (dev renders again through
// Eleventy's API, its templates read afresh without the template cache), so
// they ask Eleventy not to (its ELEVENTY_SKIP_ESM_RESOLVER, 11ty/eleventy#3371),
// unless the person running them has set it. Eleventy reads the variable as
// it is loaded: call this before importing anything that imports Eleventy.

/** Asks Eleventy, before it is loaded, not to start its module-reloading hooks thread. */
export function skipEleventyModuleReloading(): void {
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
}
