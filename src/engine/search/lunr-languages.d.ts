// lunr-languages ships CommonJS plugins without types: each takes lunr and extends it.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const plugin: (lunr: typeof import('lunr')) => void;
  export default plugin;
}
declare module 'lunr-languages/lunr.fr.js' {
  const plugin: (lunr: typeof import('lunr')) => void;
  export default plugin;
}
