import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';
import {
  bundleFormat,
  bundleSourceMaps,
  bundleSourcesContent,
  bundleTarget,
  deployedNodeOptions,
  externalModules,
  minifyBundles,
} from './bundling.js';

export interface LoyaltyFunctionProps {
  /** File under functions/, without extension. */
  entry: string;
  description: string;
  environment?: Record<string, string>;
  memorySize?: number;
  timeout?: Duration;
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const bundleFormats = { cjs: OutputFormat.CJS, esm: OutputFormat.ESM } as const;

/**
 * Every function of the product with the same defaults: Node.js 22 on ARM, X-Ray tracing,
 * JSON logs kept a month, minified bundles built by the local esbuild with source maps.
 */
export class LoyaltyFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: LoyaltyFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH });
    super(scope, id, {
      entry: `${projectRoot}functions/${props.entry}.ts`,
      projectRoot,
      depsLockFilePath: `${projectRoot}package-lock.json`,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      environment: {
        NODE_OPTIONS: deployedNodeOptions,
        POWERTOOLS_SERVICE_NAME: 'hotel-loyalty-api',
        ...props.environment,
      },
      bundling: {
        minify: minifyBundles,
        sourceMap: bundleSourceMaps,
        sourcesContent: bundleSourcesContent,
        target: bundleTarget,
        format: bundleFormats[bundleFormat],
        externalModules: [...externalModules],
        forceDockerBundling: false,
      },
    });
  }

  /** Grants exactly what the function does with the table, and tells it the table's name. */
  bindTable(table: ITable, access: 'read' | 'readWrite'): this {
    if (access === 'read') table.grantReadData(this);
    else table.grantReadWriteData(this);
    this.addEnvironment('TABLE_NAME', table.tableName);
    return this;
  }
}
