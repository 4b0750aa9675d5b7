/**
 * Which stream records reach the scoring handler: writes (not deletions) of the items a
 * score is computed from. Score items and other derived items are left out, so writing a
 * score can never trigger another scoring. The same pattern is the Lambda event source
 * mapping's filter (CDK) and the local poller's.
 */
export const scoringTriggerEntities = ['guest', 'staySummary', 'feedbackSummary', 'complaint', 'referrals'] as const;

export const scoringStreamFilter = {
  eventName: ['INSERT', 'MODIFY'],
  dynamodb: { NewImage: { entity: { S: [...scoringTriggerEntities] } } },
} as const;
