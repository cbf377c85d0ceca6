-- Create an inmate in BENCH_FACILITY, with a new prison number and Idempotency-Key each time.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")

local facility = os.getenv("BENCH_FACILITY")
local sent = 0

request = function()
  sent = sent + 1
  local number = string.format("L-%s-%d-%d", run_tag, thread_number or 0, sent)
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
