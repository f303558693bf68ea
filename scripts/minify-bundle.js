// A Vite plugin that runs terser on each finished chunk, AFTER Rolldown's own
// dead-code pass. With `build.minify: 'terser'` Vite runs terser in
// renderChunk, before that pass, on code that still holds what Rolldown would
// have dropped or folded (Lit's unused svg/mathml tags, single-use modules'
// constants): measured on the full bundle, terser after the pass is ≈ 0.4 KB
// min+gzip smaller (vite.config.ts sets `minify: false`, which leaves the
// pass on, and adds this plugin).
// The /* @__PURE__ */ annotations are not kept (Vite keeps them for
// libraries): each bundle is self-contained and its entry has side effects
// (it defines the elements), so a consumer's bundler has nothing to shake.
import { minify } from 'terser';

/** @param {import('terser').MinifyOptions} options */
export function minifyBundle(options = {}) {
  return {
    name: 'civic-minify-bundle',
    apply: 'build',
    async generateBundle(output, bundle) {
      const module = output.format === 'es';
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const mapAsset = bundle[`${chunk.fileName}.map`];
        const map = chunk.map && mapAsset?.type === 'asset';
        const code = map ? chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '') : chunk.code;
        const result = await minify(code, {
          ...options,
          module,
          sourceMap: map ? { content: JSON.stringify(chunk.map), url: `${chunk.fileName.split('/').pop()}.map` } : false,
        });
        chunk.code = result.code ?? '';
        if (map) mapAsset.source = String(result.map);
      }
    },
  };
}
