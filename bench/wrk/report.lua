-- Shared by every scenario: one parseable line when wrk is done.
-- errors = non-2xx/3xx responses (wrk counts status > 399) + socket errors (connect, read, write, timeout).
local report = {}

function report.done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.1f mean_ms=%.3f p99_ms=%.3f errors=%d status_errors=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency.mean / 1000, latency:percentile(99) / 1000,
    summary.errors.status + socket, summary.errors.status, socket))
end

return report
