// Preloaded into a measured child process (`node --require`): writes, when it exits however it
// exits, to LOYALTY_PEAK_RSS_FILE its peak resident set size (KiB).
const { writeFileSync } = require('node:fs');

process.on('exit', () =>
  writeFileSync(process.env.LOYALTY_PEAK_RSS_FILE, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })),
);
