// The README's example sessions are real: each command, run against the service on the seed corpus, prints what
// the README shows (run `npm run readme` after a change that alters them).
import { readFileSync } from 'node:fs';
import t from 'tap';
import { README_PATH, runSessions, sessionsOf, stable } from '../scripts/readme-examples.ts';

t.test('every curl example prints what the README says', async (t) => {
  const sessions = sessionsOf(readFileSync(README_PATH, 'utf8'));
  t.ok(sessions.length >= 5, 'the README has its examples');
  const outputs = await runSessions(sessions);
  sessions.forEach((session, i) => {
    session.commands.forEach(({ command, output }, j) => {
      t.equal(stable(outputs[i]?.[j] ?? ''), stable(output), `$ ${command}`);
    });
  });
});
