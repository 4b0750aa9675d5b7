import type { Stack } from 'aws-cdk-lib';
import { NagSuppressions } from 'cdk-nag';

/** The cdk-nag findings we accept, each with the reason. */
export function applyNagSuppressions(stack: Stack): void {
  NagSuppressions.addStackSuppressions(stack, [
    {
      id: 'AwsSolutions-IAM4',
      reason:
        'AWSLambdaBasicExecutionRole and the API Gateway CloudWatch role are the AWS-managed least-privilege policies for logging.',
    },
    {
      id: 'AwsSolutions-IAM5',
      reason:
        'Wildcards come only from CDK table grants (index/*) and X-Ray; both are scoped to this table or required by the service.',
    },
    {
      id: 'AwsSolutions-APIG2',
      reason:
        'Requests are validated in the functions with zod, which lists every invalid field (API Gateway validators cannot).',
    },
    {
      id: 'AwsSolutions-APIG3',
      reason: "WAF is attached per deployment by the hotel group's security account; throttling is set on the stage.",
    },
    { id: 'AwsSolutions-COG1', reason: 'Password policy is set; the rule asks for symbols and length which are set.' },
    { id: 'AwsSolutions-COG2', reason: 'MFA is a per-hotel choice made on the user pool after deployment.' },
    {
      id: 'AwsSolutions-COG3',
      reason: 'Advanced security mode is a paid feature the hotel group enables if it wants it.',
    },
    { id: 'AwsSolutions-COG8', reason: 'The Plus feature plan is a per-hotel-group purchase decision, not a default.' },
    {
      id: 'AwsSolutions-COG4',
      reason: 'The API uses a Lambda authorizer that verifies Cognito tokens and partner API keys in one place.',
    },
    {
      id: 'AwsSolutions-APIG4',
      reason: 'Public routes are only /health and /v1/openapi.json; every other route has the Lambda authorizer.',
    },
    {
      id: 'AwsSolutions-SF1',
      reason:
        'A run over millions of guests would log millions of map events; errors are logged, and each job records its own progress.',
    },
    {
      id: 'Serverless-LambdaDLQ',
      reason:
        'Every function is invoked synchronously (API Gateway, Step Functions) or by the stream mapping with its own on-failure queue; the one asynchronous trigger (the schedule) has a dead-letter queue on its target.',
    },
    {
      id: 'Serverless-LambdaLatestVersion',
      reason: 'Node.js 22 is pinned deliberately: it is the runtime the code is built and tested for.',
    },
    { id: 'Serverless-SQSRedrivePolicy', reason: 'These queues are themselves dead-letter destinations.' },
    { id: 'AwsSolutions-SQS3', reason: 'The scoring failure queue is itself the dead-letter destination.' },
    {
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22 is pinned deliberately: it is the runtime the code is built and tested for.',
    },
  ]);
}
