import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { scoringStreamFilter } from '../lib/streams/scoring-filter.js';
import { LoyaltyFunction } from './loyalty-function.js';

/**
 * The stream processor that keeps every guest's score current.
 * - batch size 100 with a 1 s window: scores follow writes within about a second, and a busy
 *   table is scored in batches (records of one guest in a batch share one rescore);
 * - bisect on error, 5 retries and a 1 h record age: a poison record is isolated quickly and
 *   never blocks the shard for long; what is given up on lands in the failure queue;
 * - the filter keeps score writes (and other derived items) from triggering scoring again.
 */
export class ScoringStream extends Construct {
  readonly handler: LoyaltyFunction;
  readonly failures: Queue;

  constructor(scope: Construct, id: string, props: { table: ITable }) {
    super(scope, id);
    this.failures = new Queue(this, 'Failures', {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    this.handler = new LoyaltyFunction(this, 'Function', {
      entry: 'score-stream',
      description: "Recomputes a guest's tier and value scores when their data changes",
      timeout: Duration.seconds(60),
      environment: { FAILURE_QUEUE_URL: this.failures.queueUrl },
    }).bindTable(props.table, 'readWrite');
    this.failures.grantSendMessages(this.handler);
    this.handler.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(1),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.failures),
        filters: [FilterCriteria.filter(scoringStreamFilter as never)],
      }),
    );
  }
}
