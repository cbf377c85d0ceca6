-- Read one inmate by id, a random one of BENCH_IDS (a file of ids, one a line).
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")

local ids = lines(os.getenv("BENCH_IDS"))

function init(args)
  -- Each thread its own sequence of ids.
  math.randomseed(os.time() + (thread_number or 0) * 7919)
end

request = function()
  return wrk.format("GET", "/api/v1/inmates/" .. ids[math.random(#ids)], auth)
end
