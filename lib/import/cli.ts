import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { accessSync, constants } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { devCredentialsPath, devCredentialsSchema } from '../local/dev-credentials.js';
import { identifierSchema } from '../schemas/common.js';
import { openStore } from '../store/client.js';
import { ImportHeaderError, importStays } from './importer.js';
import { progressReporter } from './progress.js';

// `npm run --silent import -- --tenant T FILE.csv [--table NAME --region R]`
// Exit 0: every row landed; 2: some rows were rejected (see the rejects file); 1: the import failed.
const usage = 'usage: npm run --silent import -- --tenant T FILE.csv [--table NAME --region REGION (a deployed table)]';

function rejectsPath(input: string, dataDirectory: string): string {
  const nextToInput = `${input}.rejects.csv`;
  try {
    accessSync(dirname(input), constants.W_OK);
    return nextToInput;
  } catch {
    mkdirSync(join(dataDirectory, 'imports'), { recursive: true });
    return join(dataDirectory, 'imports', `${basename(input)}.rejects.csv`);
  }
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function storeFor(values: { table?: string; region?: string }, dataDirectory: string) {
  if (values.table) return openStore({ tableName: values.table, region: values.region });
  const path = devCredentialsPath(dataDirectory);
  if (!existsSync(path))
    throw new Error(`no local stack found (${path}); start it with npm start, or name a deployed table with --table`);
  const { dynamodb } = devCredentialsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return openStore({ tableName: dynamodb.table, endpoint: dynamodb.endpoint });
}

async function main(): Promise<number> {
  // Node.js 20 is the machine's on purpose; the SDK's reminder would only be noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { tenant: { type: 'string' }, table: { type: 'string' }, region: { type: 'string' } },
  });
  const [file] = positionals;
  if (!file || positionals.length !== 1 || !identifierSchema.safeParse(values.tenant).success) throw new Error(usage);
  const input = resolve(file);
  if (!existsSync(input)) throw new Error(`no such file: ${input}`);
  const size = statSync(input).size;
  if (size === 0) {
    console.error(`${file} is empty: nothing to import.`);
    return 0;
  }
  const dataDirectory = resolve(process.env.LOYALTY_DATA_DIR ?? '.loyalty');
  const store = storeFor(values, dataDirectory);
  const source = createReadStream(input);
  const progress = progressReporter(size, () => source.bytesRead);
  let rejects: WriteStream | undefined;
  const rejectsFile = rejectsPath(input, dataDirectory);
  const counts = await importStays(source, {
    tenant: values.tenant!,
    store,
    onReject(line, reason, fields) {
      if (!rejects) {
        rejects = createWriteStream(rejectsFile);
        rejects.write('line,reason,row\n');
      }
      rejects.write(`${line},${csvField(reason)},${csvField(fields.join(','))}\n`);
      console.error(`line ${line}: ${reason}`);
    },
    onProgress: (c) => progress.update(c),
    onTotalsProgress: (checked, of) => progress.totals(checked, of),
  });
  progress.update(counts, true);
  if (counts.rows === 0) console.error(`${file} has no rows: nothing to import.`);
  await new Promise<void>((done) => (rejects ? rejects.end(done) : done()));
  console.log(
    `${counts.rows} rows: ${counts.written} stays written, ${counts.unchanged} unchanged, ${counts.rejected} rejected; ` +
      `${counts.guestsCreated} guests created, ${counts.summariesWritten} guest totals updated`,
  );
  if (counts.rejected > 0) console.log(`rejected rows are listed in ${rejectsFile}`);
  return counts.rejected > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof ImportHeaderError
        ? `wrong header, nothing imported: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
    console.error(message);
    process.exit(1);
  },
);
