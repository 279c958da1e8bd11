export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  // The manifest path in package.json is set by hand; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order its file walk finishes them, which varies
      // between runs; a fixed order keeps the committed manifest comparable.
      name: 'stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
