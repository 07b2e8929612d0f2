import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@cdktf/hcl2json';

/** A JSON value as @cdktf/hcl2json produces it: blocks are arrays of objects, expressions are "${...}" strings. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Block = { [key: string]: Json };

/** Every .tf file of a directory merged into one document, as Terraform itself sees a module. */
export interface TerraformConfig {
  readonly files: ReadonlyMap<string, string>;
  readonly terraform: Block[];
  readonly providers: Map<string, Block>;
  readonly variables: Map<string, Block>;
  readonly outputs: Map<string, Block>;
  readonly locals: Map<string, Json>;
  readonly resources: Map<string, Map<string, Block>>;
  readonly data: Map<string, Map<string, Block>>;
}

const isBlock = (value: Json | undefined): value is Block =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The blocks under a key (`foo { ... }` parses to `foo: [{...}]`), or none. */
export function blocks(parent: Block | undefined, key: string): Block[] {
  const value = parent?.[key];
  return Array.isArray(value) ? value.filter(isBlock) : [];
}

/** The first block under a key; fails with the key's name when there is none. */
export function block(parent: Block | undefined, key: string): Block {
  const found = blocks(parent, key)[0];
  if (found === undefined) throw new Error(`no "${key}" block`);
  return found;
}

export function text(value: Json | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** Every string anywhere inside a value. */
export function strings(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isBlock(value)) return Object.values(value).flatMap(strings);
  return [];
}

/** Every [key, value] pair anywhere inside a value, nested ones included. */
export function attributes(value: Json | undefined): Array<[string, Json]> {
  if (Array.isArray(value)) return value.flatMap(attributes);
  if (!isBlock(value)) return [];
  return Object.entries(value).flatMap(([key, inner]): Array<[string, Json]> => [
    [key, inner],
    ...attributes(inner),
  ]);
}

/** The bodies of `${...}` interpolations in a string (nested braces kept together). */
export function interpolations(source: string): string[] {
  const found: string[] = [];
  for (let start = source.indexOf('${'); start !== -1; start = source.indexOf('${', start + 2)) {
    let depth = 1;
    let end = start + 2;
    for (; end < source.length && depth > 0; end++) {
      if (source[end] === '{') depth++;
      if (source[end] === '}') depth--;
    }
    found.push(source.slice(start + 2, end - 1));
  }
  return found;
}

/** Replaces `${local.name}` with that local's text, repeatedly, so that a reference reads as what it means. */
export function resolveLocals(config: TerraformConfig, value: string): string {
  let current = value;
  for (let round = 0; round < 10; round++) {
    const next = current.replace(/\$\{local\.([a-z0-9_]+)\}/g, (whole, name: string) => {
      const local = config.locals.get(name);
      return typeof local === 'string' ? local : whole;
    });
    if (next === current) return current;
    current = next;
  }
  return current;
}

export function resourcesOfType(config: TerraformConfig, type: string): Array<[string, Block]> {
  return [...(config.resources.get(type) ?? new Map<string, Block>())];
}

function addNamed(target: Map<string, Block>, source: Json | undefined, what: string, file: string): void {
  if (!isBlock(source)) return;
  for (const [name, bodies] of Object.entries(source)) {
    const body = Array.isArray(bodies) ? bodies.find(isBlock) : undefined;
    if (body === undefined) continue;
    if (target.has(name)) throw new Error(`${file}: ${what} "${name}" is declared twice`);
    target.set(name, body);
  }
}

function addTyped(
  target: Map<string, Map<string, Block>>,
  source: Json | undefined,
  what: string,
  file: string,
): void {
  if (!isBlock(source)) return;
  for (const [type, named] of Object.entries(source)) {
    const byName = target.get(type) ?? new Map<string, Block>();
    addNamed(byName, named, `${what} ${type}`, file);
    target.set(type, byName);
  }
}

/** Parses and merges every .tf file in `dir` (not recursive: a Terraform module is one directory). */
export async function loadTerraform(dir: string): Promise<TerraformConfig> {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.tf'))
    .sort();
  if (names.length === 0) throw new Error(`no .tf files in ${dir}`);
  const config: TerraformConfig = {
    files: new Map(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')])),
    terraform: [],
    providers: new Map(),
    variables: new Map(),
    outputs: new Map(),
    locals: new Map(),
    resources: new Map(),
    data: new Map(),
  };
  for (const [name, source] of config.files) {
    const parsed = (await parse(name, source)) as Block;
    config.terraform.push(...blocks(parsed, 'terraform'));
    for (const locals of blocks(parsed, 'locals')) {
      for (const [key, value] of Object.entries(locals)) {
        if (config.locals.has(key)) throw new Error(`${name}: local "${key}" is declared twice`);
        config.locals.set(key, value);
      }
    }
    addNamed(config.providers, parsed.provider, 'provider', name);
    addNamed(config.variables, parsed.variable, 'variable', name);
    addNamed(config.outputs, parsed.output, 'output', name);
    addTyped(config.resources, parsed.resource, 'resource', name);
    addTyped(config.data, parsed.data, 'data source', name);
  }
  return config;
}

/** The top-level attributes of a .tfvars file. */
export async function loadTfvars(path: string): Promise<Block> {
  return (await parse(path, readFileSync(path, 'utf8'))) as Block;
}
