import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { BASES, DATE_PRECISIONS, ENTITY_TYPES, EntityStatus } from '../../db/schema.ts';
import { notFound } from '../../lib/errors.ts';
import { entityRefOf } from '../common-schemas.ts';
import { dateWindowConditions, requireKnownIds } from '../filters.ts';
import { listPage, type Page, queryScope, type SortColumn } from '../pagination.ts';
import type { EventDetail, EventItem, EventListQuery } from './schemas.ts';

type EntityType = (typeof ENTITY_TYPES)[number];

interface EventRow {
  id: string;
  title: string;
  description: string;
  date: string;
  precision: (typeof DATE_PRECISIONS)[number];
  time: string | null;
  timezone: string | null;
  dateBasis: (typeof BASES)[number];
  dateNote: string | null;
  dateStart: string;
  dateEnd: string;
  locationId: string | null;
  locationName: string | null;
  locationType: EntityType | null;
  locationStatus: EntityStatus | null;
  disputed: number;
  disagreementAbout: string | null;
  disagreementSummary: string | null;
  attestationCount: number;
  sourceCount: number;
}

interface ParticipantRow {
  eventId: string;
  id: string;
  name: string;
  type: EntityType;
  status: EntityStatus;
  role: string;
}

interface AttestationRow {
  articleId: string;
  articleTitle: string | null;
  sourceId: string;
  sourceName: string | null;
  quote: string;
  start: number;
  end: number;
  claim: string | null;
}

/** The columns of an event row; `e` is the events table (or a page of it). */
const eventColumns = sql`e.id, e.title, e.description, e.date, e.precision, e.time, e.timezone,
  e.date_basis as dateBasis, e.date_note as dateNote, e.date_start as dateStart, e.date_end as dateEnd,
  e.location_id as locationId, l.name as locationName, l.type as locationType,
  l.status as locationStatus, e.disputed,
  e.disagreement_about as disagreementAbout, e.disagreement_summary as disagreementSummary,
  e.attestation_count as attestationCount, e.source_count as sourceCount`;

function sortColumns(sort: EventListQuery['sort']): SortColumn[] {
  const direction = sort === '-date' ? 'desc' : 'asc';
  return [
    { expr: sql`e.date_start`, direction },
    { expr: sql`e.date_end`, direction },
    { expr: sql`e.id`, direction },
  ];
}

function filterConditions(db: Db, query: EventListQuery): SQL[] {
  const participants = [...new Set(query.participant ?? [])];
  requireKnownIds(db, [
    { param: 'participant', ids: participants, table: 'entities' },
    { param: 'location', ids: query.location ? [query.location] : [], table: 'entities' },
    { param: 'source', ids: query.source ?? [], table: 'sources' },
    { param: 'article', ids: query.article ?? [], table: 'articles' },
  ]);
  const conditions = dateWindowConditions(sql`e.date_start`, sql`e.date_end`, {
    from: query.from,
    to: query.to,
    match: query.dateMatch,
  });
  if (participants.length > 0) {
    conditions.push(sql`e.id in (select p.event_id from event_participants p where p.entity_id in ${participants}
      group by p.event_id having count(distinct p.entity_id) = ${participants.length})`);
  }
  if (query.location) conditions.push(sql`e.location_id = ${query.location}`);
  if (query.source?.length) {
    conditions.push(sql`exists (select 1 from event_attestations a join articles ar on ar.id = a.article_id
      where a.event_id = e.id and ar.source_id in ${query.source})`);
  }
  if (query.article?.length) {
    conditions.push(
      sql`exists (select 1 from event_attestations a where a.event_id = e.id and a.article_id in ${query.article})`,
    );
  }
  if (query.q !== undefined) {
    // instr rather than LIKE: no wildcard in the user's text needs escaping.
    const needle = query.q.trim().toLowerCase();
    conditions.push(sql`(instr(lower(e.title), ${needle}) > 0 or instr(lower(e.description), ${needle}) > 0)`);
  }
  if (query.disputed !== undefined) conditions.push(sql`e.disputed = ${query.disputed ? 1 : 0}`);
  return conditions;
}

/** Participants of every listed event, one query, grouped by event id. */
function participantsOf(db: Db, eventIds: readonly string[]): Map<string, EventItem['participants']> {
  const byEvent = new Map<string, EventItem['participants']>();
  if (eventIds.length === 0) return byEvent;
  const rows = db.all<ParticipantRow>(sql`select p.event_id as eventId, en.id, en.name, en.type, en.status, p.role
    from event_participants p join entities en on en.id = p.entity_id
    where p.event_id in ${eventIds}
    order by en.name, en.id, p.role`);
  for (const { eventId, ...participant } of rows) {
    const list = byEvent.get(eventId) ?? [];
    list.push(participant);
    byEvent.set(eventId, list);
  }
  return byEvent;
}

function toEvent(row: EventRow, participants: EventItem['participants']): Omit<EventItem, 'disagreement'> {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    date: row.date,
    precision: row.precision,
    time: row.time,
    timezone: row.timezone,
    dateBasis: row.dateBasis,
    dateNote: row.dateNote,
    location: entityRefOf(row.locationId, row.locationName, row.locationType, row.locationStatus),
    participants,
    attestationCount: row.attestationCount,
    sourceCount: row.sourceCount,
    disputed: row.disputed === 1,
  };
}

/** The seed writes `disputed` exactly when it writes the disagreement, so either marks a disputed event. */
const disagreementOf = (row: EventRow) =>
  row.disagreementAbout !== null && row.disagreementSummary !== null
    ? { about: row.disagreementAbout, summary: row.disagreementSummary }
    : null;

export function listEvents(db: Db, query: EventListQuery): Page<EventItem> {
  return listPage(
    db,
    {
      scope: queryScope('events', query),
      select: sql`select ${eventColumns} from events e left join entities l on l.id = e.location_id`,
      count: sql`select count(*) as n from events e`,
      conditions: filterConditions(db, query),
      columns: sortColumns(query.sort),
      keyOf: (r: EventRow) => [r.dateStart, r.dateEnd, r.id],
      toItems: (rows) => {
        const participants = participantsOf(
          db,
          rows.map((r) => r.id),
        );
        return rows.map((r) => ({ ...toEvent(r, participants.get(r.id) ?? []), disagreement: disagreementOf(r) }));
      },
    },
    query,
  );
}

export function getEvent(db: Db, id: string): EventDetail {
  const row = db.get<EventRow>(
    sql`select ${eventColumns} from events e left join entities l on l.id = e.location_id where e.id = ${id}`,
  );
  if (!row) throw notFound('event', id);
  const participants = participantsOf(db, [id]).get(id) ?? [];
  const attestations = db.all<AttestationRow>(sql`select a.article_id as articleId, ar.title as articleTitle,
      ar.source_id as sourceId, s.name as sourceName, a.quote, a.start, a."end" as "end", a.claim
    from event_attestations a join articles ar on ar.id = a.article_id join sources s on s.id = ar.source_id
    where a.event_id = ${id}
    order by ar.published_sort, ar.id, a.start, a.id`);
  const disagreement = disagreementOf(row);
  return {
    ...toEvent(row, participants),
    attestations: attestations.map((a) => ({
      article: { id: a.articleId, title: a.articleTitle, source: { id: a.sourceId, name: a.sourceName } },
      quote: a.quote,
      start: a.start,
      end: a.end,
      claim: a.claim,
    })),
    disagreement: disagreement && {
      ...disagreement,
      versions: attestations.flatMap((a) =>
        a.claim === null ? [] : [{ articleId: a.articleId, sourceId: a.sourceId, claim: a.claim, quote: a.quote }],
      ),
    },
  };
}
