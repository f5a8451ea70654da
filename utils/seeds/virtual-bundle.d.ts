declare module 'virtual:siyaq-bundle' {
  const bundle: import('./bundle').Bundle;
  export default bundle;
}
