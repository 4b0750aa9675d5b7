import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

interface ShardProgress {
  /** The last sequence number handed on (or deliberately skipped). */
  sequenceNumber?: string;
  /** The shard is closed and fully read. */
  done?: boolean;
}

/** Where the local poller got to in each shard, kept on disk so a restart resumes there. */
export class StreamCheckpoints {
  private readonly progress: Record<string, Record<string, ShardProgress>>;

  constructor(private readonly path: string | undefined) {
    this.progress = path && existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as typeof this.progress) : {};
  }

  get(streamArn: string, shardId: string): ShardProgress {
    return this.progress[streamArn]?.[shardId] ?? {};
  }

  set(streamArn: string, shardId: string, update: ShardProgress): void {
    const shards = (this.progress[streamArn] ??= {});
    shards[shardId] = { ...shards[shardId], ...update };
    if (this.path) {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(this.path, JSON.stringify(this.progress));
    }
  }
}
