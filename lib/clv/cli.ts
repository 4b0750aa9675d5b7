import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fitPurchaseModel, type PurchaseModel } from '../domain/clv/bgnbd.js';
import { fitSpendModel } from '../domain/clv/gamma-gamma.js';
import { parseCustomerCsv } from './csv.js';

// `npm run --silent clv -- fit <file.csv> [--model bgnbd|mbgnbd]`
// Prints one JSON object on stdout:
//   {"model":"bgnbd","bgnbd":{"r":…,"alpha":…,"a":…,"b":…,"logLikelihood":…},"gammaGamma":{"p":…,"q":…,"v":…}}
// The purchase-model parameters always sit under "bgnbd" (so consumers read one key); "model" says whether
// they are BG/NBD or MBG/NBD. "gammaGamma" appears only when the file has a spend column.
// Exit codes: 0 success, 1 unreadable file or invalid data, 2 usage error.
const USAGE = 'usage: clv fit <file.csv> [--model bgnbd|mbgnbd]';

class UsageError extends Error {}

function parseCommand(argv: string[]): { file: string; model: PurchaseModel } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { model: { type: 'string' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command, file, ...rest] = parsed.positionals;
  if (command !== 'fit') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  if (!file) throw new UsageError('missing CSV file');
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const model = parsed.values.model ?? 'bgnbd';
  if (model !== 'bgnbd' && model !== 'mbgnbd') throw new UsageError(`unknown model "${model}"`);
  return { file, model };
}

function fit(file: string, model: PurchaseModel): object {
  const { customers, spend } = parseCustomerCsv(readFileSync(file, 'utf8'));
  const purchase = fitPurchaseModel(customers, { model });
  return {
    model,
    bgnbd: { ...purchase.params, logLikelihood: purchase.logLikelihood },
    ...(spend ? { gammaGamma: fitSpendModel(spend).params } : {}),
  };
}

function main(argv: string[]): number {
  try {
    const { file, model } = parseCommand(argv);
    process.stdout.write(`${JSON.stringify(fit(file, model))}\n`);
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError;
    process.stderr.write(`clv: ${(error as Error).message}\n${usage ? `${USAGE}\n` : ''}`);
    return usage ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
