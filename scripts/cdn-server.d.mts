/** Types of scripts/cdn-server.mjs for the TypeScript callers (the package tests). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser } from 'playwright-core';

/** What the server does instead of sending a file. */
export type Fault = 'missing' | 'drop';

/** Options of {@link serveCdn}. */
export interface CdnServerOptions {
  /** The folder served under `/cdn/` (dist/cdn). */
  dir?: string;
  /** Other files served like the folder's: URL path → path on disk. */
  files?: Record<string, string>;
  /** Pages by path: HTML, or JavaScript for a path ending in `.js`. */
  pages?: Record<string, string>;
  /** The pages' Content-Security-Policy, or a function of the request giving it. */
  csp?: string | ((req: IncomingMessage) => string);
  /** A fault for a `/cdn/` path, or undefined to send the file. */
  fault?: (path: string) => Fault | undefined;
  /** Answers what is neither a page nor a `/cdn/` file. */
  fallback?: (req: IncomingMessage, res: ServerResponse) => unknown;
}

/** One file the server sent. */
export interface SentFile {
  path: string;
  /** Gzip bytes of the body. */
  bytes: number;
}

/** A running server. */
export interface CdnServer {
  origin: string;
  /** Every `/cdn/` file sent, in order. */
  log: SentFile[];
  close(): Promise<void>;
}

export function serveCdn(options?: CdnServerOptions): Promise<CdnServer>;

export function launchChromium(): Promise<Browser>;

export function autoloaderPage(body: string, src?: string): string;

/** What {@link loadPage} saw. */
export interface PageLoad {
  /** Paths of the `/cdn/` requests, in the order they started. */
  files: string[];
  /** The depth of the deepest `/cdn/` request's waterfall, the page being 0. */
  roundTrips: number;
}

export function loadPage(browser: Browser, url: string, tags: string[]): Promise<PageLoad>;
