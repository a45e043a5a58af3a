/**
 * Libraries whose modules only define their exports when imported, though their package.json does not
 * say `"sideEffects": false`: told to the bundler (`treeshake.moduleSideEffects` of both apps' Vite
 * configs), it leaves out the modules whose exports an app never uses. Add a library only after reading
 * its built files for top-level statements other than declarations.
 */
export const SIDE_EFFECT_FREE_LIBRARIES = [
  // @trpc/client's index re-exports the WebSocket link, whose connection class sets a static field at the
  // top level (its one such statement): kept for it, ~0.8 kB gzip in every first download (decision 85).
  { test: /node_modules[\\/]@trpc[\\/]client[\\/]/, sideEffects: false },
];
