-- Update an intake step with If-Match (see intake.lua): new notes each time.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")
local intake = require("intake")

function init(args)
  intake.init()
end

request = intake.request

function response(status, headers, body)
  intake.response(status, headers, body)
end
