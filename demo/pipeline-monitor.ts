/**
 * The dev stand-in for the library's single file, `dist/pipeline-monitor.js`: the demo server's
 * root is `demo/`, so the source entry is reached through this one import.
 */
import '../src/index.js';
