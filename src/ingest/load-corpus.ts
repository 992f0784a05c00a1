import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import {
  ArticleFileSchema,
  type ArticleRecord,
  EntityFileSchema,
  type EntityRecord,
  EventFileSchema,
  type EventRecord,
  SourceFileSchema,
  type SourceRecord,
} from './corpus-schema.ts';
import { startsWithTitle, stripTitle } from './titles.ts';

/** A seed file that cannot be used: names the file and the field, so the fix is one edit away. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ''}${problem}`);
    this.name = 'SeedError';
  }
}

export interface CorpusArticle extends ArticleRecord {
  /** Path of the raw text, for messages. */
  file: string;
  rawText: string;
}

export interface Corpus {
  sources: SourceRecord[];
  articles: CorpusArticle[];
  entities: EntityRecord[];
  events: EventRecord[];
}

export const CORPUS_FILES = {
  sources: 'sources.yaml',
  articles: 'articles.yaml',
  entities: 'entities.yaml',
  events: 'events.yaml',
  articleTexts: 'articles',
} as const;

/** `[3].attestations[0].quote` from a zod issue path, with the record's id when it has one. */
function fieldPath(path: readonly PropertyKey[], data: unknown): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  const index = path[0];
  const record = typeof index === 'number' && Array.isArray(data) ? data[index] : undefined;
  const id = record && typeof record === 'object' && 'id' in record ? (record as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `${out} (id "${id}")` : out;
}

function readYaml<T extends z.ZodType>(dir: string, name: string, schema: T): z.infer<T> {
  const path = join(dir, name);
  const label = relative(process.cwd(), path) || path;
  if (!existsSync(path)) throw new SeedError(label, '', 'file is missing');
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    const where = error instanceof YAMLParseError ? `line ${error.linePos?.[0]?.line ?? '?'}` : '';
    throw new SeedError(label, where, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) throw new SeedError(label, '', 'invalid');
    throw new SeedError(label, fieldPath(issue.path, data), issue.message);
  }
  return parsed.data;
}

function checkUnique(file: string, records: readonly { id: string }[]): void {
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (seen.has(record.id)) throw new SeedError(file, `[${i}].id`, `duplicate id "${record.id}"`);
    seen.add(record.id);
  });
}

/** Reads and validates the curated corpus in `dir`, checking every cross-reference. */
export function loadCorpus(dir: string): Corpus {
  const at = (name: string) => relative(process.cwd(), join(dir, name)) || name;
  const sources = readYaml(dir, CORPUS_FILES.sources, SourceFileSchema);
  const articleRecords = readYaml(dir, CORPUS_FILES.articles, ArticleFileSchema);
  const entities = readYaml(dir, CORPUS_FILES.entities, EntityFileSchema);
  const events = readYaml(dir, CORPUS_FILES.events, EventFileSchema);

  checkUnique(at(CORPUS_FILES.sources), sources);
  checkUnique(at(CORPUS_FILES.articles), articleRecords);
  checkUnique(at(CORPUS_FILES.entities), entities);
  checkUnique(at(CORPUS_FILES.events), events);

  const sourceIds = new Set(sources.map((s) => s.id));
  const articles = articleRecords.map((record, i): CorpusArticle => {
    if (!sourceIds.has(record.source)) {
      throw new SeedError(
        at(CORPUS_FILES.articles),
        `[${i}].source (id "${record.id}")`,
        `unknown source "${record.source}"`,
      );
    }
    const file = join(dir, CORPUS_FILES.articleTexts, `${record.id}.txt`);
    if (!existsSync(file)) {
      throw new SeedError(at(CORPUS_FILES.articles), `[${i}].id`, `no raw text file ${relative(process.cwd(), file)}`);
    }
    const rawText = readFileSync(file, 'utf8');
    if (!rawText.trim()) throw new SeedError(relative(process.cwd(), file), '', 'raw text is empty');
    return { ...record, file: relative(process.cwd(), file), rawText };
  });

  const entityIds = new Set(entities.map((e) => e.id));
  const articleIds = new Set(articles.map((a) => a.id));
  const eventsFile = at(CORPUS_FILES.events);
  events.forEach((event, i) => {
    const where = (field: string) => `[${i}].${field} (id "${event.id}")`;
    if (event.location !== null && !entityIds.has(event.location)) {
      throw new SeedError(eventsFile, where('location'), `unknown entity "${event.location}"`);
    }
    event.participants.forEach((p, j) => {
      if (!entityIds.has(p.entity))
        throw new SeedError(eventsFile, where(`participants[${j}].entity`), `unknown entity "${p.entity}"`);
    });
    event.attestations.forEach((a, j) => {
      if (!articleIds.has(a.article))
        throw new SeedError(eventsFile, where(`attestations[${j}].article`), `unknown article "${a.article}"`);
    });
  });

  const entitiesFile = at(CORPUS_FILES.entities);
  const owner = new Map<string, string>();
  entities.forEach((entity, i) => {
    // "Comrade Vladimir Putin", "Mr. Kim": a title is not part of a name, so it never becomes one of its spellings.
    if (entity.type === 'person') {
      const spellings: [string, string][] = [
        ['name', entity.name],
        ...entity.aliases.map((a, j): [string, string] => [`aliases[${j}]`, a]),
        ...Object.entries(entity.labels).flatMap(([language, list]) =>
          list.map((l, j): [string, string] => [`labels.${language}[${j}]`, l]),
        ),
      ];
      for (const [field, spelling] of spellings) {
        if (startsWithTitle(spelling)) {
          throw new SeedError(
            entitiesFile,
            `[${i}].${field} (id "${entity.id}")`,
            `"${spelling}" begins with a title or honorific; give the name alone ("${stripTitle(spelling)}")`,
          );
        }
      }
    }
    entity.aliases.forEach((alias, j) => {
      const other = owner.get(alias);
      if (other !== undefined && other !== entity.id) {
        throw new SeedError(
          entitiesFile,
          `[${i}].aliases[${j}] (id "${entity.id}")`,
          `"${alias}" is already an alias of "${other}"`,
        );
      }
      owner.set(alias, entity.id);
    });
    const other = owner.get(entity.name);
    if (other !== undefined && other !== entity.id) {
      throw new SeedError(
        entitiesFile,
        `[${i}].name (id "${entity.id}")`,
        `"${entity.name}" is already an alias of "${other}"`,
      );
    }
    owner.set(entity.name, entity.id);
  });

  return { sources, articles, entities, events };
}
