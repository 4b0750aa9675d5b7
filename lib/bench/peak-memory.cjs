// Preloaded into a measured child process (`node --require`): writes, when it exits however it
// exits, to LOYALTY_PEAK_RSS_FILE its peak resident set size (KiB) and the most heap still in
// use just after a full garbage collection (bytes): the live data, without the garbage that
// RSS also counts until the collector runs.
const { writeFileSync } = require('node:fs');
const { PerformanceObserver, constants } = require('node:perf_hooks');

let liveHeap = 0;
let fullCollections = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.detail?.kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
    fullCollections += 1;
    liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed);
  }
}).observe({ entryTypes: ['gc'] });

process.on('exit', () =>
  writeFileSync(
    process.env.LOYALTY_PEAK_RSS_FILE,
    JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, liveHeapBytes: liveHeap, fullCollections }),
  ),
);
