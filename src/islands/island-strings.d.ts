// Strings of one dictionary prefix, bundled into an island (src/integrations/island-strings.ts).
declare module 'virtual:fm-strings/*' {
  const strings: Record<string, string>;
  export default strings;
}
