import { App, Aspects } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardContentSecurityPolicy } from '../../lib/dashboard/build.js';
import { routes } from '../../lib/http/routes.js';
import { scoringStreamFilter } from '../../lib/streams/scoring-filter.js';
import { LoyaltyStack } from '../../infra/loyalty-stack.js';
import { applyNagSuppressions } from '../../infra/nag-suppressions.js';

let stack: LoyaltyStack;
let template: Template;

beforeAll(() => {
  const app = new App();
  stack = new LoyaltyStack(app, 'TestLoyalty', { env: { account: '123456789012', region: 'eu-west-1' } });
  applyNagSuppressions(stack);
  Aspects.of(app).add(new AwsSolutionsChecks());
  Aspects.of(app).add(new ServerlessChecks());
  template = Template.fromStack(stack);
});

describe('the dashboard hosting', () => {
  it('serves the files from a private bucket through CloudFront, and sends /v1/* to the API uncached', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: Match.objectLike({ BlockPublicAcls: true, RestrictPublicBuckets: true }),
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'files/' }),
    });
    const distribution = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]!.Properties
      .DistributionConfig;
    const api = distribution.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/v1/*');

    expect(distribution.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(distribution.DefaultCacheBehavior.FunctionAssociations).toHaveLength(1);
    expect(api.AllowedMethods).toContain('POST');
    // The managed CachingDisabled and AllViewerExceptHostHeader policies.
    expect(api.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
    expect(api.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac');
    template.hasResourceProperties('Custom::CDKBucketDeployment', { DestinationBucketKeyPrefix: 'dashboard/' });
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: { ContentSecurityPolicy: dashboardContentSecurityPolicy, Override: true },
        }),
      }),
    });
  });

  it("answers on the hotel group's own domain with TLS 1.2 at least when given one", () => {
    const app = new App({
      context: {
        dashboardDomainName: 'dashboard.hotel.example',
        dashboardCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
      },
    });
    const own = Template.fromStack(
      new LoyaltyStack(app, 'OwnDomain', { env: { account: '123456789012', region: 'eu-west-1' } }),
    );
    own.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['dashboard.hotel.example'],
        ViewerCertificate: Match.objectLike({ MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' }),
      }),
    });
  });
});

describe('the loyalty stack', () => {
  it('keeps data in one table with a stream of both images, point-in-time recovery and deletion protection', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        SSESpecification: { SSEEnabled: true },
      }),
    });
  });

  it('runs every function on Node.js 22 on ARM', () => {
    const functions = Object.entries(
      template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.handler' } }),
    )
      // CDK's own function that copies the dashboard's files into the bucket.
      .filter(([logicalId]) => !logicalId.startsWith('CustomCDKBucketDeployment'))
      .map(([, resource]) => resource);
    const runtimes = functions.map((f) => [f.Properties.Runtime, f.Properties.Architectures]);
    // One per route, the authorizer, the stream processor, the recalculation's task and scheduler.
    expect(runtimes.length).toBe(Object.keys(routes).length + 4);
    expect(new Set(runtimes.map((r) => JSON.stringify(r)))).toEqual(
      new Set([JSON.stringify(['nodejs22.x', ['arm64']])]),
    );
  });

  it('has one API method per route, each protected by the authorizer unless public', () => {
    const methods = Object.values(template.findResources('AWS::ApiGateway::Method')).filter(
      (m) => m.Properties.HttpMethod !== 'OPTIONS',
    );
    const publicCount = Object.values(routes).filter((r) => r.access === 'public').length;
    expect(methods).toHaveLength(Object.keys(routes).length);
    expect(methods.filter((m) => m.Properties.AuthorizationType === 'CUSTOM')).toHaveLength(
      methods.length - publicCount,
    );
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', { Type: 'REQUEST', AuthorizerResultTtlInSeconds: 0 });
  });

  it('answers the gateway’s own errors as problem+json', () => {
    template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'UNAUTHORIZED',
      StatusCode: '401',
      ResponseParameters: { 'gatewayresponse.header.Content-Type': "'application/problem+json'" },
    });
  });

  it('grants read-only routes no write access to the table', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    const getGuestPolicy = policies.find((p) => JSON.stringify(p.Properties.Roles).includes('getGuestFunction'));
    const actions = JSON.stringify(getGuestPolicy?.Properties.PolicyDocument);
    expect(actions).toContain('dynamodb:GetItem');
    expect(actions).not.toContain('dynamodb:PutItem');
  });

  it('passes cdk-nag AwsSolutions and Serverless with every suppression explained', () => {
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('(AwsSolutions|Serverless)-.*'));
    expect(errors.map((e) => `${e.id}: ${String(e.entry.data).slice(0, 120)}`)).toEqual([]);
  });
});

describe('the scoring stream', () => {
  it('feeds the stream processor in filtered batches with partial failures, bisection, finite retries and a failure queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 1,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 3600,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify(scoringStreamFilter) }] },
    });
  });
});

describe('the scheduled recalculation', () => {
  it('runs on a schedule and fans out over scan segments in a Distributed Map', () => {
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 day)' });
    const [machine] = Object.values(template.findResources('AWS::StepFunctions::StateMachine'));
    const definition = JSON.stringify(machine?.Properties.DefinitionString);
    expect(definition).toContain('\\"Mode\\":\\"DISTRIBUTED\\"');
    expect(definition).toContain('\\"MaxConcurrency\\":16');
  });
});

describe('alarms', () => {
  it('alarm on stream failures and lag, API 5xx, throttles and failed recalculations, through one topic', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    const metrics = alarms.map((a) => a.Properties.MetricName).sort();
    expect(metrics).toEqual([
      '5XXError',
      'ApproximateNumberOfMessagesVisible',
      'ExecutionsFailed',
      'IteratorAge',
      'ThrottledRequests',
    ]);
    expect(alarms.every((a) => a.Properties.AlarmActions?.length === 1)).toBe(true);
    template.resourceCountIs('AWS::SNS::Topic', 1);
  });
});
