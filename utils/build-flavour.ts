/**
 * Whether this build runs on local pages (127.0.0.1 and localhost): development and test builds
 * do, for the demo and the end-to-end tests (`wxt build --mode test`); the production build
 * (`wxt build`) does not, and its manifest names neither.
 */
export const LOCAL_PAGES: boolean = import.meta.env.MODE !== 'production';
