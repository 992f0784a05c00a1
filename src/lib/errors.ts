/**
 * The errors a query raises, in the terms of the request rather than of HTTP: one place (src/plugins/errors.ts)
 * turns them into answers. They are plain data underneath, so they cross from a read thread to the server intact.
 */

export type DomainErrorData =
  /** No such thing: `what` is the kind ("article"), `detail` an explanation where the id names something else. */
  | { kind: 'not-found'; what: string; id: string; detail?: string }
  /** A parameter that passed its schema but cannot be used (an unknown filter id, a malformed search). */
  | { kind: 'invalid-param'; name: string; reason: string }
  /** The request's own work outgrew the time budget (`param` names the part to narrow, when one does). */
  | { kind: 'over-budget'; budgetMs: number; param?: string; reason: string }
  /** The service had no capacity to start the work within the budget: worth retrying later. */
  | { kind: 'busy'; budgetMs: number; reason: string }
  /** Well-formed input the service cannot use: a page with no story text, a field that contradicts itself. */
  | { kind: 'unprocessable'; name: string; reason: string };

export class DomainError extends Error {
  constructor(readonly data: DomainErrorData) {
    super(describe(data));
    this.name = 'DomainError';
  }
}

function describe(data: DomainErrorData): string {
  switch (data.kind) {
    case 'not-found':
      return data.detail ?? `No ${data.what} with id "${data.id}".`;
    case 'invalid-param':
    case 'unprocessable':
      return `${data.name}: ${data.reason}`;
    case 'over-budget':
    case 'busy':
      return data.reason;
  }
}

export const notFound = (what: string, id: string, detail?: string) =>
  new DomainError({ kind: 'not-found', what, id, ...(detail ? { detail } : {}) });

export const invalidParam = (name: string, reason: string) => new DomainError({ kind: 'invalid-param', name, reason });

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

export const unprocessable = (name: string, reason: string) => new DomainError({ kind: 'unprocessable', name, reason });
