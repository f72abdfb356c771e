/**
 * Compose files parsed once each for discovery, by repository-relative path.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Mapping } from './merge.js';
import { parseComposeYaml } from './yaml-values.js';

/** Parses each file once (without interpolation: discovery only looks at its shape). */
export class YamlCache {
  private readonly cache = new Map<string, Promise<Mapping[]>>();
  constructor(private readonly root: string) {}

  parse(rel: string): Promise<Mapping[]> {
    let docs = this.cache.get(rel);
    if (!docs) {
      docs = readText(resolve(this.root, rel)).then((text) => parseComposeYaml(text, rel));
      this.cache.set(rel, docs);
    }
    return docs;
  }
}

// A synchronous read (see repo-files.ts) in an async function: a missing file is a rejection.
async function readText(abs: string): Promise<string> {
  return readFileSync(abs, 'utf8');
}
