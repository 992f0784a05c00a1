// A bad seed file stops the seed with the file and the field named.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { parse, stringify } from 'yaml';
import { CORPUS_DIR } from '../../seed/seed.ts';
import { loadCorpus, SeedError } from '../../src/ingest/load-corpus.ts';
import { prepareCorpus } from '../../src/ingest/prepare.ts';
import { tempDir } from '../helper.ts';

type Records = Record<string, unknown>[];

/** A copy of the real corpus with one file edited by `edit`. */
function corpusWith(t: Parameters<typeof tempDir>[0], file: string, edit: (records: Records) => void): string {
  const dir = join(tempDir(t), 'seed');
  cpSync(CORPUS_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const records = parse(readFileSync(path, 'utf8')) as Records;
  edit(records);
  writeFileSync(path, stringify(records));
  return dir;
}

const first = (records: Records) => records[0] as Record<string, unknown>;

const CASES: { name: string; file: string; edit: (r: Records) => void; field: RegExp }[] = [
  {
    name: 'an impossible date',
    file: 'events.yaml',
    edit: (r) => {
      first(r).date = '2024-02-30';
      first(r).precision = 'day';
    },
    field: /events\.yaml: \[0\]\.date \(id "[a-z0-9-]+"\): is not a real calendar date/,
  },
  {
    name: 'a precision that does not fit the date',
    file: 'events.yaml',
    edit: (r) => {
      first(r).date = '2024';
      first(r).precision = 'day';
    },
    field: /events\.yaml: \[0\]\.precision .*precision must match/,
  },
  {
    name: 'an unknown entity type',
    file: 'entities.yaml',
    edit: (r) => {
      first(r).type = 'celebrity';
    },
    field: /entities\.yaml: \[0\]\.type \(id "[a-z0-9-]+"\)/,
  },
  {
    name: 'a missing field',
    file: 'entities.yaml',
    edit: (r) => {
      delete first(r).description;
    },
    field: /entities\.yaml: \[0\]\.description/,
  },
  {
    name: 'an unknown field',
    file: 'sources.yaml',
    edit: (r) => {
      first(r).colour = 'red';
    },
    field: /sources\.yaml: \[0\] \(id "[a-z0-9-]+"\): Unrecognized key: "colour"/,
  },
  {
    name: 'an id that is not kebab-case',
    file: 'articles.yaml',
    edit: (r) => {
      (r[1] as Record<string, unknown>).id = 'Not An Id';
    },
    field: /articles\.yaml: \[1\]\.id/,
  },
  {
    name: 'an unknown source',
    file: 'articles.yaml',
    edit: (r) => {
      first(r).source = 'no-such-outlet';
    },
    field: /articles\.yaml: \[0\]\.source \(id "[a-z0-9-]+"\): unknown source "no-such-outlet"/,
  },
  {
    name: 'an inferred date without its reason',
    file: 'articles.yaml',
    edit: (r) => {
      (first(r).published as Record<string, unknown>).note = null;
    },
    field: /articles\.yaml: \[0\]\.published\.note .*inferred date needs a note/,
  },
  {
    name: 'an unknown participant',
    file: 'events.yaml',
    edit: (r) => {
      first(r).participants = [{ entity: 'nobody-at-all', role: 'host' }];
    },
    field: /events\.yaml: \[0\]\.participants\[0\]\.entity .*unknown entity "nobody-at-all"/,
  },
  {
    name: 'a duplicate id',
    file: 'entities.yaml',
    edit: (r) => {
      (r[1] as Record<string, unknown>).id = first(r).id;
    },
    field: /entities\.yaml: \[1\]\.id: duplicate id/,
  },
  {
    name: 'an alias claimed by two entities',
    file: 'entities.yaml',
    edit: (r) => {
      (r[1] as Record<string, unknown>).aliases = [first(r).name];
    },
    field: /entities\.yaml: \[1\]\.aliases\[0\] .*already an alias/,
  },
  {
    name: 'an event with no attestation',
    file: 'events.yaml',
    edit: (r) => {
      first(r).attestations = [];
    },
    field: /events\.yaml: \[0\]\.attestations .*at least one attesting article/,
  },
];

for (const c of CASES) {
  t.test(c.name, async (t) => {
    const dir = corpusWith(t, c.file, c.edit);
    t.throws(() => loadCorpus(dir), SeedError);
    try {
      loadCorpus(dir);
    } catch (error) {
      t.match((error as Error).message, c.field);
    }
  });
}

t.test('YAML that does not parse names the file and line', async (t) => {
  const dir = join(tempDir(t), 'seed');
  cpSync(CORPUS_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'sources.yaml'), '- id: a\n  name: [unclosed\n');
  t.throws(() => loadCorpus(dir), { name: 'SeedError', message: /sources\.yaml: line \d+: not valid YAML/ });
});

t.test('a missing raw text names the article', async (t) => {
  const dir = corpusWith(t, 'articles.yaml', (r) => {
    first(r).id = 'an-article-with-no-text';
  });
  t.throws(() => loadCorpus(dir), {
    message: /articles\.yaml: \[0\]\.id: no raw text file .*an-article-with-no-text\.txt/,
  });
});

t.test('quote checking', async (t) => {
  t.test('every quote of the real corpus sits verbatim at its offsets', async (t) => {
    const { rows } = prepareCorpus(loadCorpus(CORPUS_DIR));
    const body = new Map(rows.articles.map((a) => [a.id, a.body]));
    t.ok(rows.eventAttestations.length > 0);
    for (const a of rows.eventAttestations) t.equal(body.get(a.articleId)?.slice(a.start, a.end), a.quote);
  });

  t.test('a quote that is not in its article fails with the file and field', async (t) => {
    const dir = corpusWith(t, 'events.yaml', (r) => {
      const attestations = first(r).attestations as Record<string, unknown>[];
      (attestations[0] as Record<string, unknown>).quote = 'words no article ever printed';
    });
    t.throws(() => prepareCorpus(loadCorpus(dir), dir), {
      name: 'SeedError',
      message: /events\.yaml: \[0\]\.attestations\[0\]\.quote \(id "[a-z0-9-]+"\): the quote does not occur verbatim/,
    });
  });

  t.test('a quote with one character changed fails', async (t) => {
    const dir = corpusWith(t, 'events.yaml', (r) => {
      const attestation = (first(r).attestations as Record<string, unknown>[])[0] as Record<string, unknown>;
      attestation.quote = String(attestation.quote).replace(/[’']/, '"').replace(/e/, 'E');
    });
    t.throws(() => prepareCorpus(loadCorpus(dir), dir), { message: /does not occur verbatim/ });
  });

  t.test('a quote taken from boilerplate fails and says so', async (t) => {
    const dir = corpusWith(t, 'events.yaml', (r) => {
      const attestation = (first(r).attestations as Record<string, unknown>[])[0] as Record<string, unknown>;
      attestation.article = 'kim-jong-un-warm-welcome-putin';
      attestation.quote = 'Vladimir Putin, president of Russia, visited Vietnam';
    });
    t.throws(() => prepareCorpus(loadCorpus(dir), dir), { message: /in the raw page but not in the cleaned story/ });
  });
});
