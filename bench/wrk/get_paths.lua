-- GET one of the paths of BENCH_PATHS (a file, one path a line), picked at random.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")

local paths = lines(os.getenv("BENCH_PATHS"))

function init(args)
  math.randomseed(os.time() + (thread_number or 0) * 7919)
end

request = function()
  return wrk.format("GET", paths[math.random(#paths)], auth)
end
