-- Create an inmate in BENCH_FACILITY, with a new prison number and Idempotency-Key each time.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")

request = create_inmate
