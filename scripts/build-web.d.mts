/** Types of scripts/build-web.mjs, for the tests that build the web app. */
export function buildWeb(options?: { outDir?: string; dev?: boolean }): Promise<string>;
