// Types for the shared server module (scripts/hosting/server.mjs), used by unit tests.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
export function normaliseBase(value: string): string;
export function isSafePath(rawPath: string): boolean;
export function createSiteHandler(options: { distDir: string; base: string; log?: (line: string) => void; fixedFiles?: boolean }): (req: IncomingMessage, res: ServerResponse) => void;
export function startServer(options: { distDir: string; base: string; port: number; host: string; workers?: number; quiet?: boolean; fixedFiles?: boolean }): Server | undefined;
export function portOrExit(flag: string | undefined): number;
