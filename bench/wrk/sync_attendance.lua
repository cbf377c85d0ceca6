-- Push a batch of attendance as the partner system (POST /api/v1/sync/attendance).
-- BENCH_BODY is the batch, with @S@ for the session's external id and @P@ for the
-- participants' prefix. New (BENCH_PREFIX unset): each request the next session of
-- BENCH_SESSIONS and participants never seen; replay: the first session and BENCH_PREFIX
-- each time. An answer whose count of BENCH_EXPECT ("created", "unchanged") is not
-- BENCH_RECORDS is a failure.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")

local file = io.open(os.getenv("BENCH_BODY"))
local template = file:read("*a")
file:close()
local sessions = lines(os.getenv("BENCH_SESSIONS"))
local prefix = os.getenv("BENCH_PREFIX")
local expect = os.getenv("BENCH_EXPECT")
local records = tonumber(os.getenv("BENCH_RECORDS"))
local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
local headers = {
  ["Authorization"] = auth["Authorization"],
  ["Content-Type"] = "application/json",
}
local replay
local sent = 0

local function batch(session, people)
  local body = template:gsub("@S@", session):gsub("@P@", people)
  return wrk.format("POST", "/api/v1/sync/attendance", headers, body)
end

request = function()
  if prefix then
    replay = replay or batch(sessions[1], prefix)
    return replay
  end
  sent = sent + 1
  local session = sessions[((sent - 1) * threads + (thread_number or 1) - 1) % #sessions + 1]
  return batch(session, string.format("%s-%d-%d", run_tag, thread_number or 0, sent))
end

function response(status, headers, body)
  if status == 200 then
    local count = tonumber(body:match('"' .. expect .. '"%s*:%s*(%d+)'))
    if count ~= records then
      failures = failures + 1
    end
  end
end
