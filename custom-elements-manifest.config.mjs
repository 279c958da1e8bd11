export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  // The manifest path in package.json is set by hand; the analyzer must not rewrite it.
  packagejson: false,
};
