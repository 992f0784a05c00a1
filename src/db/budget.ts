import type Database from 'better-sqlite3';

/**
 * A time budget for the statements of one connection. better-sqlite3 cannot interrupt a running statement, but a
 * statement that calls the SQL function `within_budget()` (in its WHERE clause, once per row examined) throws as
 * soon as the deadline has passed, which aborts it. Queries whose cost grows with the data call it.
 */

export class BudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`exceeded its time budget of ${budgetMs} ms`);
    this.name = 'BudgetExceeded';
  }
}

const deadlines = new WeakMap<Database.Database, { at: number; budgetMs: number }>();

/** Registers `within_budget()` on a connection; always true until a budget is running out. */
export function installBudget(sqlite: Database.Database): void {
  sqlite.function('within_budget', { deterministic: false }, () => {
    const deadline = deadlines.get(sqlite);
    if (deadline && performance.now() > deadline.at) throw new BudgetExceeded(deadline.budgetMs);
    return 1;
  });
}

/** Runs `fn` with statements of `sqlite` that call `within_budget()` stopped after `budgetMs`. */
export function withBudget<T>(sqlite: Database.Database, budgetMs: number, fn: () => T): T {
  deadlines.set(sqlite, { at: performance.now() + budgetMs, budgetMs });
  try {
    return fn();
  } finally {
    deadlines.delete(sqlite);
  }
}
