// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { contentCheck } from './src/integrations/content-check.ts';
import { h5pAssets } from './src/integrations/h5p-assets.ts';
import { remarkContentLinks } from './src/integrations/content-links.ts';
import { rehypeFocusableMath } from './src/integrations/focusable-math.ts';
import { rehypeFrenchTypography } from './src/integrations/french-typography.ts';
import { katexAssets } from './src/integrations/katex-assets.ts';
import { islandStrings } from './src/integrations/island-strings.ts';
import { rehypeLeanMath } from './src/integrations/lean-math.ts';
import { strictCspCheck } from './src/integrations/strict-csp-check.ts';

// Where the authored content lives: the project itself, or another folder for tests that
// build deliberately broken content (FM_CONTENT_ROOT).
const contentRoot = process.env.FM_CONTENT_ROOT ?? fileURLToPath(new URL('.', import.meta.url));

// Sub-path the site is served under, known at build time: BASE_PATH=/formation/ npm run build.
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  base,
  trailingSlash: 'always',
  outDir: process.env.FM_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [contentCheck(contentRoot), h5pAssets(contentRoot), mdx(), katexAssets(), islandStrings(), strictCspCheck()],
  markdown: {
    remarkPlugins: [remarkMath, remarkContentLinks({ base, lessonsDir: `${contentRoot}/content/lessons` })],
    rehypePlugins: [[rehypeKatex, { strict: 'error' }], rehypeLeanMath, rehypeFocusableMath, rehypeFrenchTypography],
  },
  vite: {
    // Fonts (KaTeX) are emitted as files rather than inlined so CSS stays small.
    // No preloading of an island's chunks: they load when it starts, one round trip on a LAN.
    build: { assetsInlineLimit: 0, modulePreload: false },
  },
});
