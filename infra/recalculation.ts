import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  DefinitionBody,
  DistributedMap,
  Fail,
  JsonPath,
  LogLevel,
  StateMachine,
  TaskInput,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { LoyaltyFunction } from './loyalty-function.js';

export interface RecalculationProps {
  table: ITable;
  /** How often the whole population is recalculated. */
  every: Duration;
  /**
   * Scan segments of the scores index. Sizing for 10M guests: ~1 KB rewritten each at the
   * table's 4,000 writes/s is ~42 min in all; 64 segments of ~156k guests with 16 workers at
   * once gives each worker ~250 writes/s, ~10 min per segment, inside Lambda's 15.
   */
  segments: number;
  maxConcurrency: number;
}

/**
 * The scheduled population job: EventBridge starts the scheduler Lambda, which starts one
 * state machine execution per tenant: plan (refit, Pareto) → a Distributed Map of apply
 * workers over scan segments → finish; any failure marks the job failed and frees its lease.
 */
export class Recalculation extends Construct {
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: RecalculationProps) {
    super(scope, id);
    const task = new LoyaltyFunction(this, 'Task', {
      entry: 'recalc-task',
      description: 'A step of the population recalculation',
      timeout: Duration.minutes(15),
      memorySize: 1769,
    }).bindTable(props.table, 'readWrite');
    const invoke = (id: string, payload: Record<string, unknown>, resultPath?: string) =>
      new LambdaInvoke(this, id, {
        lambdaFunction: task,
        payload: TaskInput.fromObject(payload),
        payloadResponseOnly: true,
        ...(resultPath && { resultPath }),
      });
    const ids = { tenant: JsonPath.stringAt('$.tenant'), jobId: JsonPath.stringAt('$.jobId') };
    const plan = invoke('Plan', { step: 'plan', ...ids }, '$.plan').addRetry({ maxAttempts: 2 });
    const apply = invoke('Apply', { step: 'apply', ...ids, segment: JsonPath.numberAt('$.segment') }).addRetry({
      maxAttempts: 3,
      backoffRate: 2,
    });
    const fanOut = new DistributedMap(this, 'FanOut', {
      itemsPath: '$.plan.segments',
      itemSelector: {
        tenant: JsonPath.stringAt('$.tenant'),
        jobId: JsonPath.stringAt('$.jobId'),
        segment: JsonPath.numberAt('$$.Map.Item.Value'),
      },
      maxConcurrency: props.maxConcurrency,
      resultPath: JsonPath.DISCARD,
    }).itemProcessor(apply);
    const finish = invoke('Finish', { step: 'finish', ...ids });
    const failed = invoke('MarkFailed', { step: 'fail', ...ids, error: JsonPath.objectAt('$.error') }).next(
      new Fail(this, 'Failed'),
    );
    plan.addCatch(failed, { resultPath: '$.error' });
    fanOut.addCatch(failed, { resultPath: '$.error' });
    finish.addCatch(failed, { resultPath: '$.error' });
    const definition = plan.next(fanOut).next(finish);
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      definitionBody: DefinitionBody.fromChainable(definition),
      tracingEnabled: true,
      logs: { destination: new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH }), level: LogLevel.ERROR },
    });
    task.grantInvoke(this.stateMachine);

    const scheduler = new LoyaltyFunction(this, 'Scheduler', {
      entry: 'recalc-scheduler',
      description: 'Starts the population recalculation of every tenant',
      environment: {
        RECALCULATION_STATE_MACHINE_ARN: this.stateMachine.stateMachineArn,
        RECALCULATION_SEGMENTS: String(props.segments),
      },
    }).bindTable(props.table, 'readWrite');
    this.stateMachine.grantStartExecution(scheduler);
    // A schedule tick the scheduler could not take is kept, not lost.
    const missedTicks = new Queue(this, 'MissedScheduleTicks', {
      enforceSSL: true,
      encryption: QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
    });
    new Rule(this, 'Schedule', {
      schedule: Schedule.rate(props.every),
      targets: [
        new LambdaFunction(scheduler, {
          deadLetterQueue: missedTicks,
          retryAttempts: 2,
          maxEventAge: Duration.hours(2),
        }),
      ],
    });
  }

  /** Lets an API function start runs on demand (POST /v1/admin/recalculations). */
  allowStart(fn: LoyaltyFunction, segments: number): void {
    fn.addEnvironment('RECALCULATION_STATE_MACHINE_ARN', this.stateMachine.stateMachineArn);
    fn.addEnvironment('RECALCULATION_SEGMENTS', String(segments));
    this.stateMachine.grantStartExecution(fn);
  }
}
