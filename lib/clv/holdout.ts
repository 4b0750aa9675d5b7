import { cdnowDataDirectory } from './cdnow-data.js';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { conditionalExpectedPurchases, fitPurchaseModel, type PurchaseModel } from '../domain/clv/bgnbd.js';
import { parseCustomerCsv } from './csv.js';
import { buildHoldoutTable, countPurchaseDays, parseCdnowTransactions, renderHoldoutTable } from './holdout-table.js';

// `npx tsx lib/clv/holdout.ts [data-dir]`: fits BG/NBD and MBG/NBD on the CDNOW calibration summary (39 weeks
// to 1997-09-30), predicts each customer's repeat purchases in the 39-week holdout, and prints a Markdown
// table of actual against predicted means by calibration frequency, plus the fit times.
// The data directory defaults to ../shared/data/clv next to the repository (else its copy in
// test/fixtures/cdnow), whatever the working directory.
const HOLDOUT = { from: '19971001', to: '19980630', weeks: 39 };
const MODELS: { model: PurchaseModel; label: string }[] = [
  { model: 'bgnbd', label: 'BG/NBD' },
  { model: 'mbgnbd', label: 'MBG/NBD' },
];

const dataDir = resolve(process.argv[2] ?? cdnowDataDirectory());

const summary = parseCustomerCsv(readFileSync(join(dataDir, 'cdnow_customers_summary.csv'), 'utf8'));
const transactions = parseCdnowTransactions(readFileSync(join(dataDir, 'CDNOW_sample.txt'), 'utf8'));
const holdoutDays = countPurchaseDays(transactions, HOLDOUT.from, HOLDOUT.to);
if (!summary.ids) throw new Error('cdnow_customers_summary.csv needs an ID column to match the transactions');
const ids = summary.ids;

const fitNotes: string[] = [];
const predictors = MODELS.map(({ model, label }) => {
  const started = performance.now();
  const fit = fitPurchaseModel(summary.customers, { model });
  const milliseconds = performance.now() - started;
  const { r, alpha, a, b } = fit.params;
  fitNotes.push(
    `- ${label}: r=${r.toFixed(4)}, alpha=${alpha.toFixed(4)}, a=${a.toFixed(4)}, b=${b.toFixed(4)}, ` +
      `log-likelihood ${fit.logLikelihood.toFixed(4)}, fitted in ${milliseconds.toFixed(0)} ms`,
  );
  return {
    label,
    predict: (c: (typeof summary.customers)[number]) =>
      conditionalExpectedPurchases(fit.params, HOLDOUT.weeks, c, model),
  };
});

const rows = buildHoldoutTable(
  summary.customers.map((calibration, i) => ({ calibration, actual: holdoutDays.get(Number(ids[i])) ?? 0 })),
  predictors,
);
console.log(
  `CDNOW: ${summary.customers.length} customers, holdout ${HOLDOUT.from}–${HOLDOUT.to} (${HOLDOUT.weeks} weeks)\n`,
);
console.log(fitNotes.join('\n'));
console.log('');
console.log(
  renderHoldoutTable(
    rows,
    predictors.map((predictor) => predictor.label),
  ),
);
