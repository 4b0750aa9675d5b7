/**
 * The Step Functions SDK behind a module of the product's own, for `import()` on first use: esbuild
 * inlines a bundled module's dynamic import as a lazy `require`, so the deployed CommonJS bundle still
 * resolves the SDK the way the Lambda runtime provides it (NODE_PATH, which `import()` ignores).
 */
export { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
