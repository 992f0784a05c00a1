import createClient from 'openapi-fetch';
import type { components, operations, paths } from './api.d.ts';

/**
 * A client of the API written only against the generated types (api.d.ts): every operation, with typed parameters.
 * `tsc --noEmit` checks it; test/contract/client.test.ts runs it against a listening server.
 */

export type Schemas = components['schemas'];

/** The media types this client reads: whole JSON answers, and problems for errors. */
type Json = 'application/json' | 'application/problem+json';
const SPARSE = 'application/vnd.news-coverage.sparse+json';

export function apiClient(baseUrl: string) {
  return createClient<paths, Json>({ baseUrl });
}

/** A client for lists asked for with `fields`: their pages are the sparse media type. */
export function sparseClient(baseUrl: string) {
  return createClient<paths, typeof SPARSE | 'application/problem+json'>({ baseUrl });
}

/** What one call answered: the operation, its status, and the body. */
export interface Call {
  operationId: keyof operations;
  status: number;
  body: unknown;
}

const call = (operationId: keyof operations, result: { response: Response; data?: unknown; error?: unknown }) => ({
  operationId,
  status: result.response.status,
  body: result.data ?? result.error,
});

/** Posts one page as JSON with what the client states of it, with the ingest key. */
export async function ingestPage(baseUrl: string, ingestKey: string, body: Schemas['PageSubmission']) {
  return apiClient(baseUrl).POST('/v1/articles', {
    body,
    headers: { authorization: `Bearer ${ingestKey}` },
  });
}

/** Calls every operation of the API once, with parameters of the types the document gives. */
export async function callEveryOperation(baseUrl: string, ingestKey: string): Promise<Call[]> {
  const api = apiClient(baseUrl);
  const article = 'putin-kim-sign-comprehensive-pact';
  const page: Schemas['PageSubmission'] = {
    content:
      'Putin and Kim meet again\n\nRussian President Vladimir Putin and North Korean leader Kim Jong Un met again in Pyongyang on Thursday for talks on trade, their second meeting in as many days.\n',
    contentType: 'text/plain',
    url: 'https://www.example.com/world/putin-kim-meet-again',
    language: 'en',
  };
  return [
    call('ingestArticle', await ingestPage(baseUrl, ingestKey, page)),
    call('getHealth', await api.GET('/health')),
    call(
      'listArticles',
      await api.GET('/v1/articles', {
        params: { query: { person: ['vladimir-putin', 'kim-jong-un'], from: '2024-06', includeTotal: true, limit: 3 } },
      }),
    ),
    call('getArticle', await api.GET('/v1/articles/{id}', { params: { path: { id: article } } })),
    call(
      'listArticleMentions',
      await api.GET('/v1/articles/{id}/mentions', { params: { path: { id: article }, query: { type: 'person' } } }),
    ),
    call('listPeople', await api.GET('/v1/people', { params: { query: { q: 'kim', sort: 'name', minMentions: 2 } } })),
    call('getPerson', await api.GET('/v1/people/{id}', { params: { path: { id: 'vladimir-putin' } } })),
    call('listEntities', await api.GET('/v1/entities', { params: { query: { type: ['place', 'country'] } } })),
    call('getEntity', await api.GET('/v1/entities/{id}', { params: { path: { id: 'pyongyang' } } })),
    call('listEvents', await api.GET('/v1/events', { params: { query: { disputed: true, sort: '-date' } } })),
    call(
      'getEvent',
      await api.GET('/v1/events/{id}', { params: { path: { id: 'putin-kim-sign-partnership-treaty' } } }),
    ),
    call('listSources', await api.GET('/v1/sources', { params: { query: { language: 'en', includeTotal: false } } })),
    call('getSource', await api.GET('/v1/sources/{id}', { params: { path: { id: 'newsman' } } })),
    call(
      'listQuotations',
      await api.GET('/v1/quotations', { params: { query: { speaker: ['vladimir-putin'], q: 'sanctions' } } }),
    ),
    call('getQuotation', await api.GET('/v1/quotations/{id}', { params: { path: { id: 35 } } })),
  ];
}

/** The titles and sources of the newest articles: list items always carry both, so no check is needed to read them. */
export async function articleHeadlines(baseUrl: string): Promise<string[]> {
  const { data, error } = await apiClient(baseUrl).GET('/v1/articles');
  if (error) throw new Error(`${error.status} ${error.title}: ${error.detail}`);
  return data.data.map((item) => `${item.title ?? '(no headline)'}, ${item.source.name ?? item.source.id}`);
}

/** A sparse page: only `id` is certain, every other field may be absent. */
export async function articleTitles(baseUrl: string): Promise<(string | null | undefined)[]> {
  const { data, error } = await sparseClient(baseUrl).GET('/v1/articles', {
    params: { query: { fields: ['title'] } },
  });
  if (error) throw new Error(`${error.status} ${error.title}: ${error.detail}`);
  return data.data.map((item) => item.title);
}

/** A problem answer, typed as the Problem schema. */
export async function unknownPerson(baseUrl: string): Promise<Schemas['Problem'] | undefined> {
  const { error } = await apiClient(baseUrl).GET('/v1/people/{id}', { params: { path: { id: 'no-such-person' } } });
  return error;
}

// Type-level checks of the contract, verified by `tsc --noEmit`.

// @ts-expect-error `source` (like every field but `match`) is required of an article list item.
export const incompleteItem: Schemas['ArticleListItem'] = {
  id: 'putin-kim-sign-comprehensive-pact',
  title: null,
  language: 'en',
  published: null,
  wordCount: 453,
  topEntities: [],
};

/** `match` is the one optional field: it is there only with `q`. */
export const itemWithoutMatch: Schemas['ArticleListItem'] = {
  ...incompleteItem,
  source: { id: 'newsman', name: null },
};

/** In the sparse variant, `id` is the only required field. */
export const sparseItem: Schemas['ArticleListSparse']['data'][number] = { id: 'putin-kim-sign-comprehensive-pact' };

// @ts-expect-error `includeTotal` is a boolean in the contract, not the string "true".
export const stringBoolean: operations['listEvents']['parameters']['query'] = { includeTotal: 'true' };

// @ts-expect-error `fields` names only fields the item has.
export const unknownField: operations['listSources']['parameters']['query'] = { fields: ['body'] };

/** What an ingest answers: the article, and the report of what the pipeline did with the page. */
export async function ingestedTitle(baseUrl: string, ingestKey: string, content: string): Promise<string | null> {
  const { data, error } = await ingestPage(baseUrl, ingestKey, { content });
  if (error) throw new Error(`${error.status} ${error.title}: ${error.detail}`);
  return data.ingest?.inferred.title.value ?? data.title;
}

// @ts-expect-error a page submission needs its content.
export const pageWithoutContent: Schemas['PageSubmission'] = { url: 'https://www.example.com/' };
