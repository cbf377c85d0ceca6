-- Intake step updates with If-Match, as a registrar (intake_step.lua, mixed.lua).
-- BENCH_STEPS is a file of "inmate_id step step_id version" lines; each thread takes its
-- share (one line in BENCH_THREADS), never sends a step already in flight, and keeps each
-- step's version from the ETag of the answer, so that every If-Match names the current one.
local intake = {}
local steps, by_id, by_path, busy = {}, {}, {}, {}
local turn, sent = 0, 0
local completed_at = os.getenv("BENCH_COMPLETED_AT")

function intake.init()
  local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
  local n = 0
  for line in io.lines(os.getenv("BENCH_STEPS")) do
    local inmate, code, id, version = line:match("^(%S+) (%S+) (%S+) (%d+)$")
    if inmate then
      n = n + 1
      if (n - 1) % threads == (thread_number or 1) - 1 then
        local step = {
          path = "/api/v1/inmates/" .. inmate .. "/intake/steps/" .. code,
          id = id,
          version = tonumber(version),
        }
        steps[#steps + 1] = step
        by_id[id] = step
        by_path[step.path] = step
      end
    end
  end
end

-- The next step of this thread that is not in flight (when every one is, which more
-- steps than connections avoid, the next one all the same: a 412 shows it), new notes.
function intake.request()
  local step
  for _ = 1, #steps do
    turn = turn % #steps + 1
    step = steps[turn]
    if not busy[step.id] then
      break
    end
  end
  busy[step.id] = true
  sent = sent + 1
  local body = string.format('{"completed_at": "%s", "notes": "load %s %d-%d"}',
    completed_at, run_tag, thread_number or 0, sent)
  local headers = {
    ["Authorization"] = auth["Authorization"],
    ["Content-Type"] = "application/json",
    ["If-Match"] = '"' .. step.version .. '"',
  }
  return wrk.format("PUT", step.path, headers, body)
end

-- Whether the answer is an intake step's (its id is one of ours, or a problem's instance
-- its path): then the step's version is the answer's ETag, and the step is free again.
-- A status of 400 or more is an error wrk counts already.
function intake.response(status, headers, body)
  local id = body:match('"id"%s*:%s*"([^"]+)"')
  local step = id and by_id[id]
  if not step then
    step = by_path[body:match('"instance"%s*:%s*"([^"]+)"') or ""]
    if step then
      busy[step.id] = nil
    end
    return step ~= nil
  end
  busy[id] = nil
  local tag = headers["etag"] or headers["ETag"]
  local version = tag and tonumber(tag:match("(%d+)"))
  if status == 200 and version and version > step.version then
    step.version = version
  else
    failures = failures + 1
  end
  return true
end

return intake
