import { createHash } from 'node:crypto';

/**
 * The CSP hash sources of the inline scripts h5p-standalone writes into its frame. The player
 * builds the frame's document from a string literal in its frame.bundle.js; that literal holds
 * one inline `<script>` (it hands the parent's H5PIntegration to the frame). The literal is read
 * as JavaScript reads it (escapes such as `<\/script>` undone) and its script text hashed, so an
 * upgrade of the player recomputes the hash; none found fails the build instead of shipping a
 * policy that blocks the player.
 */
export function frameBootstrapHashes(frameBundle: string): string[] {
  const hashes: string[] = [];
  for (const match of frameBundle.matchAll(/(["'])(<script>(?:[^"'\\\n]|\\.|(?!\1)["'])*?<\\?\/script>)\1/g)) {
    const literal = match[1] === '"' ? match[2]! : match[2]!.replace(/\\'/g, "'").replace(/"/g, '\\"');
    const text = JSON.parse(`"${literal}"`) as string;
    const code = /^<script>([\s\S]*)<\/script>$/.exec(text)?.[1];
    if (code && code.includes('H5PIntegration')) hashes.push(`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  }
  if (hashes.length === 0) throw new Error("h5p-standalone : script d’amorçage du cadre introuvable dans frame.bundle.js (lecteur mis à jour ?) ; adaptez src/integrations/h5p-frame-bootstrap.ts");
  return [...new Set(hashes)];
}
