import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  failingAudits,
  lighthouseFailures,
  medianScores,
  scoresOf,
  type LighthouseResult,
  type Scores,
} from './budget';

/** A real Lighthouse result (trimmed to the scored audits) of a vendor page under budget. */
const underBudget = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'vendor-under-budget.json'), 'utf8'),
) as LighthouseResult;
const perfect: Scores = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 };

describe('lighthouseFailures', () => {
  it('fails a page whose scores are under budget, one line per category (performance is budgeted against a twin)', () => {
    expect(
      lighthouseFailures([{ page: '/vendors/ringcentral/', scores: scoresOf(underBudget) }]),
    ).toEqual(['/vendors/ringcentral/: best-practices 0.96 < 1.00']);
  });

  it('passes scores at the budget', () => {
    const atBudget = { ...perfect, performance: 0.95 };
    expect(lighthouseFailures([{ page: '/', scores: atBudget }])).toEqual([]);
  });

  it('counts a run that produced no score as a miss', () => {
    expect(lighthouseFailures([{ page: '/decode/', scores: { ...perfect, seo: null } }])).toEqual([
      '/decode/: seo has no score (the run failed)',
    ]);
  });
});

describe('failingAudits', () => {
  it('names the weighted audits that cost the points', () => {
    expect(failingAudits(underBudget, 'best-practices')).toEqual(['errors-in-console (0)']);
    expect(failingAudits(underBudget, 'performance')).toContain('total-blocking-time (0.67)');
    expect(failingAudits(underBudget, 'seo')).toEqual([]);
  });
});

describe('medianScores', () => {
  it('takes the median of each category over the runs', () => {
    const runs = [0.99, 0.9, 0.96].map((performance) => ({ ...perfect, performance }));
    expect(medianScores(runs).performance).toBe(0.96);
    expect(medianScores([...runs, { ...perfect, performance: 0.5 }]).performance).toBe(0.9);
  });

  it('ignores failed runs and is null when every run failed', () => {
    const failed = { ...perfect, seo: null };
    expect(medianScores([failed, { ...perfect, seo: 0.9 }]).seo).toBe(0.9);
    expect(medianScores([failed]).seo).toBeNull();
  });
});
