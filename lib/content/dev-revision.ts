/**
 * Bumped by `npm run dev` (scripts/dev.mjs) whenever a file under content/ changes. The root layout
 * imports it, so the dev server sees a changed module and hot-reloads the open page with the new
 * content: guides are read from disk at render time, which the bundler does not watch.
 * Always 0 in the repository and in builds (the dev script puts it back when it exits).
 */
export const contentRevision = 0;
