import type { _Record as StreamsRecord } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';

/** A record from the DynamoDB Streams API in the shape Lambda's event source mapping delivers. */
export function toLambdaRecord(record: StreamsRecord, streamArn: string): DynamoDBRecord {
  const data = record.dynamodb ?? {};
  const created = data.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName as DynamoDBRecord['eventName'],
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion ?? 'us-east-1',
    eventSourceARN: streamArn,
    dynamodb: {
      ...(created && { ApproximateCreationDateTime: Math.floor(new Date(created).getTime() / 1000) }),
      Keys: data.Keys as never,
      ...(data.NewImage && { NewImage: data.NewImage as never }),
      ...(data.OldImage && { OldImage: data.OldImage as never }),
      SequenceNumber: data.SequenceNumber,
      SizeBytes: data.SizeBytes,
      StreamViewType: data.StreamViewType as never,
    },
  };
}
