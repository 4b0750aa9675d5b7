import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  AuthorizationType,
  type IAuthorizer,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  RequestAuthorizer,
  ResponseType,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import { AccountRecovery, StringAttribute, UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { gatewayProblem, gatewayResponses, type GatewayResponseType } from '../lib/http/gateway-responses.js';
import type { RouteSpec } from '../lib/http/route.js';
import { routes } from '../lib/http/routes.js';
import { globalIndexes, tableKeys, timeToLiveAttribute } from '../lib/store/table-definition.js';
import { LoyaltyFunction } from './loyalty-function.js';
import { LoyaltyAlarms } from './alarms.js';
import { DashboardHosting } from './dashboard-hosting.js';
import { Recalculation } from './recalculation.js';
import { ScoringStream } from './scoring-stream.js';

/** Scan segments of a recalculation (see Recalculation for the sizing). */
const recalculationSegments = 64;

/** The whole product in one stack: the table, the identity pool, the API and its functions. */
export class LoyaltyStack extends Stack {
  readonly table: Table;
  readonly api: RestApi;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.table = this.createTable();
    const { userPool, client } = this.createUserPool();
    const authorizer = this.createAuthorizer(userPool, client);
    this.api = this.createApi();
    const scoring = new ScoringStream(this, 'Scoring', { table: this.table });
    const recalculation = new Recalculation(this, 'Recalculation', {
      table: this.table,
      every: Duration.hours(Number(this.node.tryGetContext('recalculationIntervalHours') ?? 24)),
      segments: recalculationSegments,
      maxConcurrency: 16,
    });
    for (const route of Object.values(routes) as RouteSpec[]) {
      const fn = this.addRoute(route, authorizer);
      if (route.operationId === routes.startRecalculation.operationId)
        recalculation.allowStart(fn, recalculationSegments);
    }
    const alarms = new LoyaltyAlarms(this, 'Alarms', {
      api: this.api,
      table: this.table,
      streamHandler: scoring.handler,
      streamFailures: scoring.failures,
      recalculation: recalculation.stateMachine,
    });
    new DashboardHosting(this, 'Dashboard', { api: this.api });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarms.topic.topicArn });
    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: userPool.userPoolId });
  }

  private createTable(): Table {
    const table = new Table(this, 'Table', {
      partitionKey: { name: tableKeys.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableKeys.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute,
    });
    for (const index of globalIndexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
    return table;
  }

  /** Staff, admins and guests sign in here; tokens carry custom:tenant and cognito:groups. */
  private createUserPool() {
    const userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      customAttributes: { tenant: new StringAttribute({ mutable: false, maxLen: 128 }) },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireSymbols: true,
        requireUppercase: true,
        requireLowercase: true,
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    userPool.addGroup('StaffGroup', { groupName: 'staff' });
    userPool.addGroup('AdminGroup', { groupName: 'admin' });
    const client = new UserPoolClient(this, 'AppClient', { userPool, authFlows: { userSrp: true } });
    return { userPool, client };
  }

  private createAuthorizer(userPool: UserPool, client: UserPoolClient): IAuthorizer {
    const issuer = `https://cognito-idp.${this.region}.amazonaws.com/${userPool.userPoolId}`;
    const handler = new LoyaltyFunction(this, 'AuthorizerFunction', {
      entry: 'authorizer',
      description: 'Identifies the caller from x-api-key or a bearer token',
      environment: {
        JWT_ISSUER: issuer,
        JWT_AUDIENCE: client.userPoolClientId,
        JWKS_URL: `${issuer}/.well-known/jwks.json`,
      },
    }).bindTable(this.table, 'read');
    // No cache, so either credential header may be used and none is required by the gateway itself.
    return new RequestAuthorizer(this, 'Authorizer', {
      handler,
      identitySources: [],
      resultsCacheTtl: Duration.seconds(0),
    });
  }

  private createApi(): RestApi {
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.ONE_MONTH });
    const api = new RestApi(this, 'Api', {
      description: 'Hotel loyalty and personalization API',
      deployOptions: {
        stageName: 'v1stage',
        tracingEnabled: true,
        loggingLevel: MethodLoggingLevel.ERROR,
        throttlingRateLimit: 200,
        throttlingBurstLimit: 400,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
      },
      cloudWatchRole: true,
    });
    for (const [type, spec] of Object.entries(gatewayResponses)) {
      api.addGatewayResponse(`Gateway${type}`, {
        type: ResponseType.of(type),
        statusCode: String(spec.status),
        responseHeaders: { 'Content-Type': "'application/problem+json'" },
        templates: { 'application/json': JSON.stringify(gatewayProblem(type as GatewayResponseType)) },
      });
    }
    return api;
  }

  private addRoute(route: RouteSpec, authorizer: IAuthorizer): LoyaltyFunction {
    const handler = new LoyaltyFunction(this, `${route.operationId}Function`, {
      entry: route.entry,
      description: route.summary,
    });
    if (route.tableAccess !== 'none') handler.bindTable(this.table, route.tableAccess);
    const resource = this.api.root.resourceForPath(route.path);
    resource.addMethod(route.method, new LambdaIntegration(handler), {
      operationName: route.operationId,
      ...(route.access === 'public'
        ? { authorizationType: AuthorizationType.NONE }
        : { authorizer, authorizationType: AuthorizationType.CUSTOM }),
    });
    return handler;
  }
}
