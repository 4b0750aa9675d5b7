import { Duration } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';

export interface AlarmsProps {
  api: RestApi;
  table: Table;
  streamHandler: IFunction;
  streamFailures: Queue;
  recalculation: StateMachine;
}

/** What wakes someone up, all on one SNS topic that the hotel group's on-call subscribes to. */
export class LoyaltyAlarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { enforceSSL: true });
    const alarm = (name: string, metric: IMetric, threshold: number, description: string) =>
      new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      }).addAlarmAction(new SnsAction(this.topic));
    const fiveMinutes = { period: Duration.minutes(5) };
    alarm(
      'StreamFailures',
      props.streamFailures.metricApproximateNumberOfMessagesVisible(fiveMinutes),
      1,
      'Stream records were given up on: scores may be stale.',
    );
    alarm(
      'StreamLag',
      props.streamHandler.metric('IteratorAge', { ...fiveMinutes, statistic: 'Maximum' }),
      60_000,
      'Scores lag writes by more than a minute.',
    );
    alarm('Api5xx', props.api.metricServerError(fiveMinutes), 5, 'The API answered 5xx.');
    alarm(
      'Throttles',
      props.table.metric('ThrottledRequests', { ...fiveMinutes, statistic: 'Sum' }),
      1,
      'DynamoDB throttled requests.',
    );
    alarm(
      'RecalculationFailed',
      props.recalculation.metricFailed(fiveMinutes),
      1,
      'A population recalculation failed.',
    );
  }
}
