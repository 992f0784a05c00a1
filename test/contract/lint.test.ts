// The generated OpenAPI document passes Redocly's recommended rules and Spectral's OpenAPI rules with no error and no warning.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import t from 'tap';
import { renderOpenapi } from '../../scripts/openapi.ts';
import { tempDir } from '../helper.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const run = promisify(execFile);

/** Runs a linter that may exit non-zero on findings; its JSON report is on stdout either way. */
async function lint(command: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(command, args, {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    if (stdout?.trim()) return stdout;
    throw new Error(`${command} failed: ${stderr ?? String(error)}`);
  }
}

t.test('lint the document', async (t) => {
  const file = join(tempDir(t), 'openapi.yaml');
  writeFileSync(file, await renderOpenapi());

  t.test('Redocly, recommended ruleset (redocly.yaml)', async (t) => {
    const report = JSON.parse(
      await lint(bin('redocly'), ['lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format', 'json']),
    ) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; severity: string; message: string; location?: { pointer?: string }[] }[];
    };
    const found = report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location?.[0]?.pointer}: ${p.message}`);
    t.equal(report.totals.errors, 0, 'no errors', { found });
    t.equal(report.totals.warnings, 0, 'no warnings', { found });
  });

  t.test('Spectral, spectral:oas (.spectral.yaml)', async (t) => {
    const output = await lint(bin('spectral'), ['lint', file, '--ruleset', join(ROOT, '.spectral.yaml'), '-f', 'json']);
    // Spectral prints its JSON array, then a summary line.
    const report = JSON.parse(output.slice(0, output.lastIndexOf(']') + 1)) as {
      code: string;
      severity: number;
      message: string;
      path: string[];
    }[];
    const found = report.map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);
    t.equal(report.filter((r) => r.severity === 0).length, 0, 'no errors', { found });
    t.equal(report.filter((r) => r.severity === 1).length, 0, 'no warnings', { found });
    t.same(found, [], 'no findings at all');
  });
});
