// Preloaded into a measured child process (`node --require`): writes its peak resident set
// size in KiB to LOYALTY_PEAK_RSS_FILE when it exits, however it exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => writeFileSync(process.env.LOYALTY_PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)));
