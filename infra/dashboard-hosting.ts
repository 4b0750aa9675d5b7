import { AssetHashType, CfnOutput, DockerImage, Duration, Stack } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { RestApiOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { buildDashboard, dashboardContentSecurityPolicy, dashboardPath } from '../lib/dashboard/build.js';

/**
 * The hotel group's own name for the dashboard (context dashboardDomainName, and
 * dashboardCertificateArn: an ACM certificate in us-east-1); without them, the cloudfront.net name.
 */
function customDomain(scope: Construct) {
  const domainName = scope.node.tryGetContext('dashboardDomainName') as string | undefined;
  const certificateArn = scope.node.tryGetContext('dashboardCertificateArn') as string | undefined;
  if (!domainName || !certificateArn) return {};
  return {
    domainNames: [domainName],
    certificate: Certificate.fromCertificateArn(scope, 'Certificate', certificateArn),
    minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
  };
}

/**
 * The dashboard on AWS: its files in a private bucket behind CloudFront, and /v1/* sent on to
 * the API from the same origin, so the browser needs no CORS and staff sign in with their token.
 */
export class DashboardHosting extends Construct {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: { api: RestApi }) {
    super(scope, id);
    // CloudFront's standard logs are written with ACLs, so this bucket lets the writer own them.
    const accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    NagSuppressions.addResourceSuppressions(accessLogs, [
      { id: 'AwsSolutions-S1', reason: 'This is the access-log bucket; logging it into itself would loop.' },
    ]);
    const files = new Bucket(this, 'Files', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'files/',
    });
    // /dashboard → /dashboard/, and a folder → its index.html, as the local gateway does.
    const indexPages = new EdgeFunction(this, 'IndexPages', {
      comment: 'Serves index.html for the dashboard folder',
      code: FunctionCode.fromInline(`function handler(event) {
  var request = event.request;
  if (request.uri === '${dashboardPath}') {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: '${dashboardPath}/' } } };
  }
  if (request.uri.endsWith('/')) request.uri += 'index.html';
  return request;
}`),
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Hotel loyalty dashboard and API',
      enableLogging: true,
      logBucket: accessLogs,
      logFilePrefix: 'cloudfront/',
      httpVersion: HttpVersion.HTTP2_AND_3,
      ...customDomain(this),
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(files),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: new ResponseHeadersPolicy(this, 'Headers', {
          comment: 'The dashboard loads only its own files and API',
          securityHeadersBehavior: {
            contentSecurityPolicy: { contentSecurityPolicy: dashboardContentSecurityPolicy, override: true },
            contentTypeOptions: { override: true },
            frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
            referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
            strictTransportSecurity: {
              accessControlMaxAge: Duration.days(365),
              includeSubdomains: true,
              override: true,
            },
          },
        }),
        functionAssociations: [{ function: indexPages, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        // Every viewer header but Host (API Gateway refuses a foreign Host), Authorization included; nothing cached.
        '/v1/*': {
          origin: new RestApiOrigin(props.api),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        },
      },
    });
    NagSuppressions.addResourceSuppressions(this.distribution, [
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain CloudFront serves its own *.cloudfront.net certificate, whose TLS policy it fixes; with dashboardDomainName and dashboardCertificateArn set, TLSv1.2_2021 is the minimum.',
      },
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Guests and staff travel worldwide; every API request is authenticated by the authorizer.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason: "WAF is attached per deployment by the hotel group's security account, as for the API.",
      },
    ]);
    new BucketDeployment(this, 'Upload', {
      destinationBucket: files,
      destinationKeyPrefix: `${dashboardPath.slice(1)}/`,
      distribution: this.distribution,
      distributionPaths: [`${dashboardPath}/*`],
      memoryLimit: 256,
      sources: [
        Source.asset(new URL('../lib/dashboard', import.meta.url).pathname, {
          assetHashType: AssetHashType.OUTPUT,
          bundling: {
            // Built here with esbuild, as the functions are; the image is only CDK's fallback.
            image: DockerImage.fromRegistry('node:22-alpine'),
            local: {
              tryBundle(outputDirectory) {
                buildDashboard(outputDirectory);
                return true;
              },
            },
          },
        }),
      ],
      // Fixed file names: browsers check back each time (a 304 when unchanged), so a deploy shows at once.
      cacheControl: [CacheControl.noCache()],
      prune: true,
      retainOnDelete: false,
    });
    // CDK's helper that copies the files runs only while deploying.
    for (const child of Stack.of(this).node.children)
      if (child.node.id.startsWith('Custom::CDKBucketDeployment'))
        NagSuppressions.addResourceSuppressions(
          child,
          [{ id: 'Serverless-LambdaTracing', reason: "CDK's file-copying helper runs only during a deployment." }],
          true,
        );
    new CfnOutput(scope, 'DashboardUrl', {
      value: `https://${this.distribution.distributionDomainName}${dashboardPath}/`,
    });
  }
}
