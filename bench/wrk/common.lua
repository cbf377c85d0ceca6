-- Shared by the scenarios: the token from the environment, a thread number for unique
-- values, and the figures printed as one JSON line that bench/load.py reads.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

token = os.getenv("BENCH_TOKEN")
run_tag = os.getenv("BENCH_RUN") or "run"
auth = { ["Authorization"] = "Bearer " .. token }

function lines(path)
  local found = {}
  for line in io.lines(path) do
    found[#found + 1] = line
  end
  return found
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "errors": %d, "status_errors": %d, '
      .. '"p50_us": %d, "p95_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout + e.status,
    e.status, latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
