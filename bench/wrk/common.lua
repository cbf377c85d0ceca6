-- Shared by the scenarios: the token from the environment, a thread number for unique
-- values, an inmate to create, and the figures printed as one JSON line that bench/load.py
-- reads. A script's response() adds to `failures` the answers it finds wrong (a status
-- under 400 that did not do what was asked); they count as errors.
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_number", #threads)
end

token = os.getenv("BENCH_TOKEN")
run_tag = os.getenv("BENCH_RUN") or "run"
auth = { ["Authorization"] = "Bearer " .. token }
failures = 0

local facility = os.getenv("BENCH_FACILITY")
local created = 0

function lines(path)
  local found = {}
  for line in io.lines(path) do
    found[#found + 1] = line
  end
  return found
end

-- Create an inmate in BENCH_FACILITY, with a new prison number and Idempotency-Key.
function create_inmate()
  created = created + 1
  local number = string.format("L-%s-%d-%d", run_tag, thread_number or 0, created)
  local body = string.format(
    '{"facility_id": "%s", "prison_number": "%s", "family_name": "Charge", '
      .. '"given_names": "Synthetique", "sex": "male", "birth_year": 1990, '
      .. '"admission_date": "2026-01-15"}', facility, number)
  local headers = {
    ["Authorization"] = auth["Authorization"],
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = number,
  }
  return wrk.format("POST", "/api/v1/inmates", headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + (thread:get("failures") or 0)
  end
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "errors": %d, "status_errors": %d, '
      .. '"failures": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration,
    e.connect + e.read + e.write + e.timeout + e.status + failed, e.status, failed,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
