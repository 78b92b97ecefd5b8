// nginx, Apache and IIS configurations of the release, generated from the same header rules
// as the built-in server (headers.mjs), so every way of hosting sends the same policy.
// In the release, the site built for '/' is the folder `racine/` and the site built for
// '/formation/' the folder `formation/`: a URL path then maps onto a folder by plain
// concatenation (nginx `root`, no `alias` pitfalls).
// `rules` are the header rules of the built site (headerRulesOf(siteDir) in headers.mjs: the
// strict rule, then one per H5P page); without them only the strict rule is written.
import { baseRule, cacheImmutable, cacheRevalidate, cacheShort, immutablePrefix } from './headers.mjs';

/** Where the configurations say the release was unpacked; hosts replace it with their own. */
export const RELEASE_ROOT = '/srv/formation-mutuelles';

/** The release folder of the site built for `base`. */
export function siteFolder(base) {
  if (base === '/') return 'racine';
  return base.replace(/^\/+|\/+$/g, '');
}

const quote = (value) => `"${value.replace(/"/g, '\\"')}"`;

// ── nginx ────────────────────────────────────────────────────────────────────────────────────

function nginxHeaders(headers, cacheControl, indent) {
  const lines = Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);
  lines.push(`${indent}add_header Cache-Control ${quote(cacheControl)} always;`);
  return lines.join('\n');
}

/**
 * An nginx configuration to include in a `server { … }` block (`include …;`). nginx does not
 * inherit add_header into a location that sets its own, so each location repeats them all.
 */
export function nginxConfig({ base, root = RELEASE_ROOT, rules: siteRules = [baseRule] }) {
  const docRoot = base === '/' ? `${root}/racine` : root;
  const out = [];
  out.push(`# Formation mutuelles de santé — site servi sous ${base} (généré par scripts/hosting/configs.mjs).`);
  out.push(`# À inclure dans un bloc « server { … } » : include ${root}/configs/nginx-${siteFolder(base)}.conf;`);
  if (base !== '/') out.push(`location = ${base.slice(0, -1)} { return 302 ${base}; }`);
  // Rules from the most general to the most specific; nginx picks the longest prefix.
  const rules = [...siteRules].sort((a, b) => a.prefix.length - b.prefix.length);
  for (const rule of rules) {
    const prefix = `${base}${rule.prefix}`;
    out.push(`location ${rule.prefix ? '^~ ' : ''}${prefix} {`);
    out.push(`    root ${docRoot};`);
    out.push('    index index.html;');
    out.push('    gzip_static on;            # sert les fichiers .gz préparés à la construction');
    out.push('    absolute_redirect off;     # /page → /page/ sans changer d’hôte ni de port');
    out.push(`    error_page 404 ${base}404.html;`);
    out.push(nginxHeaders(rule.headers, cacheShort, '    '));
    if (!rule.prefix) {
      out.push(`    location ^~ ${base}${immutablePrefix} {`);
      out.push(nginxHeaders(rule.headers, cacheImmutable, '        '));
      out.push('    }');
    }
    out.push(`    location ~ (/|\\.html)$ {`);
    out.push(nginxHeaders(rule.headers, cacheRevalidate, '        '));
    out.push('    }');
    out.push('}');
  }
  return `${out.join('\n')}\n`;
}

// ── Apache ───────────────────────────────────────────────────────────────────────────────────

function apacheHeaders(headers, indent) {
  return Object.entries(headers)
    .map(([name, value]) => `${indent}Header always set ${name} ${quote(value)}`)
    .join('\n');
}

/** An Apache 2.4 configuration (mod_alias, mod_headers, mod_rewrite) for a VirtualHost or the server. */
export function apacheConfig({ base, root = RELEASE_ROOT, rules: siteRules = [baseRule] }) {
  const dir = `${root}/${siteFolder(base)}`;
  const rules = [...siteRules].sort((a, b) => a.prefix.length - b.prefix.length);
  const out = [];
  out.push(`# Formation mutuelles de santé — site servi sous ${base} (généré par scripts/hosting/configs.mjs).`);
  out.push('# Modules : a2enmod alias headers rewrite');
  if (base === '/') out.push(`DocumentRoot ${dir}`);
  else {
    out.push(`RedirectMatch 302 ^${base.slice(0, -1)}$ ${base}`);
    out.push(`Alias ${base} ${dir}/`);
  }
  out.push(`<Directory ${dir}>`);
  out.push('    Require all granted');
  out.push('    Options -Indexes +FollowSymLinks');
  out.push('    AllowOverride None');
  out.push('    DirectoryIndex index.html');
  out.push(`    ErrorDocument 404 ${base}404.html`);
  out.push('    <LimitExcept GET HEAD>');
  out.push('        Require all denied');
  out.push('    </LimitExcept>');
  out.push('    # Fichiers .gz préparés à la construction, envoyés aux navigateurs qui les acceptent.');
  out.push('    RewriteEngine On');
  out.push('    RewriteCond %{HTTP:Accept-Encoding} gzip');
  out.push('    RewriteCond %{REQUEST_FILENAME}.gz -f');
  out.push('    RewriteRule ^(.+)$ $1.gz [L]');
  out.push('    <FilesMatch "\\.(html|css|js|mjs|json|svg|xml|txt|ttf|map|webmanifest)\\.gz$">');
  out.push('        Header append Vary Accept-Encoding');
  out.push('        Header set Content-Encoding gzip');
  out.push('    </FilesMatch>');
  out.push('    <FilesMatch "\\.html\\.gz$">\n        ForceType "text/html; charset=utf-8"\n    </FilesMatch>');
  out.push('    <FilesMatch "\\.css\\.gz$">\n        ForceType "text/css; charset=utf-8"\n    </FilesMatch>');
  out.push('    <FilesMatch "\\.m?js\\.gz$">\n        ForceType "text/javascript; charset=utf-8"\n    </FilesMatch>');
  out.push('    <FilesMatch "\\.json\\.gz$">\n        ForceType "application/json"\n    </FilesMatch>');
  out.push('    <FilesMatch "\\.svg\\.gz$">\n        ForceType "image/svg+xml"\n    </FilesMatch>');
  out.push('    <FilesMatch "\\.ttf\\.gz$">\n        ForceType "font/ttf"\n    </FilesMatch>');
  out.push(apacheHeaders(rules[0].headers, '    '));
  out.push(`    Header always set Cache-Control ${quote(cacheShort)}`);
  out.push('    <FilesMatch "\\.html(\\.gz)?$">');
  out.push(`        Header always set Cache-Control ${quote(cacheRevalidate)}`);
  out.push('    </FilesMatch>');
  out.push('</Directory>');
  out.push(`<Directory ${dir}/${immutablePrefix.replace(/\/$/, '')}>`);
  out.push(`    Header always set Cache-Control ${quote(cacheImmutable)}`);
  out.push('</Directory>');
  for (const rule of rules.slice(1)) {
    out.push(`<Directory ${dir}/${rule.prefix.replace(/\/$/, '')}>`);
    out.push(apacheHeaders(rule.headers, '    '));
    out.push('</Directory>');
  }
  out.push('AddType font/woff2 .woff2');
  out.push('AddType application/manifest+json .webmanifest');
  return `${out.join('\n')}\n`;
}

// ── IIS ──────────────────────────────────────────────────────────────────────────────────────

const xml = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function iisHeaders(headers, cacheControl, indent) {
  const lines = [`${indent}<customHeaders>`, `${indent}  <clear />`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${indent}  <add name="${name}" value="${xml(value)}" />`);
  lines.push(`${indent}  <add name="Cache-Control" value="${xml(cacheControl)}" />`);
  lines.push(`${indent}</customHeaders>`);
  return lines.join('\n');
}

/**
 * A web.config to put in the site's folder (`racine/` or `formation/`), the folder being an IIS
 * site or an application at `base`. Pages are served with « no-cache » by default; hashed
 * assets and the other files (`shortCacheFiles`, the site's files that are neither pages nor
 * under _astro/) get their own <location>.
 */
export function iisConfig({ base, shortCacheFiles = ['favicon.svg', 'build-info.json'], rules: siteRules = [baseRule] }) {
  const rules = [...siteRules].sort((a, b) => a.prefix.length - b.prefix.length);
  const headers = rules[0].headers;
  const out = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<!-- Formation mutuelles de santé — site servi sous ${base} (généré par scripts/hosting/configs.mjs). -->`);
  out.push('<configuration>');
  out.push('  <system.webServer>');
  out.push('    <defaultDocument enabled="true">\n      <files>\n        <clear />\n        <add value="index.html" />\n      </files>\n    </defaultDocument>');
  out.push('    <directoryBrowse enabled="false" />');
  out.push('    <urlCompression doStaticCompression="true" doDynamicCompression="false" />');
  out.push('    <security>\n      <requestFiltering allowDoubleEscaping="false">\n        <verbs allowUnlisted="false">\n          <add verb="GET" allowed="true" />\n          <add verb="HEAD" allowed="true" />\n        </verbs>\n      </requestFiltering>\n    </security>');
  out.push('    <httpErrors errorMode="Custom" existingResponse="Replace">');
  out.push('      <remove statusCode="404" subStatusCode="-1" />');
  out.push(`      <error statusCode="404" path="${base}404.html" responseMode="ExecuteURL" />`);
  out.push('    </httpErrors>');
  out.push('    <staticContent>');
  out.push('      <remove fileExtension=".woff2" />\n      <mimeMap fileExtension=".woff2" mimeType="font/woff2" />');
  out.push('      <remove fileExtension=".webmanifest" />\n      <mimeMap fileExtension=".webmanifest" mimeType="application/manifest+json" />');
  out.push('      <remove fileExtension=".json" />\n      <mimeMap fileExtension=".json" mimeType="application/json" />');
  out.push('    </staticContent>');
  out.push('    <httpProtocol>');
  out.push(iisHeaders(headers, cacheRevalidate, '      '));
  out.push('    </httpProtocol>');
  out.push('  </system.webServer>');
  const location = (path, ruleHeaders, cache) => {
    out.push(`  <location path="${path}">`);
    out.push('    <system.webServer>\n      <httpProtocol>');
    out.push(iisHeaders(ruleHeaders, cache, '        '));
    out.push('      </httpProtocol>\n    </system.webServer>');
    out.push('  </location>');
  };
  location(immutablePrefix.replace(/\/$/, ''), headers, cacheImmutable);
  for (const file of shortCacheFiles) location(file, headers, cacheShort);
  for (const rule of rules.slice(1)) location(rule.prefix.replace(/\/$/, ''), rule.headers, cacheRevalidate);
  out.push('</configuration>');
  return `${out.join('\n')}\n`;
}
