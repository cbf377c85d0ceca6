-- Mixed load as a registrar, out of 100 requests: 35 reads of an inmate (BENCH_IDS),
-- 15 searches (BENCH_SEARCH), 10 filtered lists (BENCH_LIST), 10 pages of every inmate,
-- first or deep (BENCH_PAGES), 10 creates, 10 intake step updates with If-Match (see
-- intake.lua) and 10 pages of the change feed, each thread following the feed's
-- next_cursor as a tablet does and starting again when it has no more.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")
local intake = require("intake")

local ids = lines(os.getenv("BENCH_IDS"))
local searches = lines(os.getenv("BENCH_SEARCH"))
local lists = lines(os.getenv("BENCH_LIST"))
local pages = lines(os.getenv("BENCH_PAGES"))
local since

local function get(path)
  return wrk.format("GET", path, auth)
end

local function pick(found)
  return found[math.random(#found)]
end

local MIX = {
  { 35, function() return get("/api/v1/inmates/" .. pick(ids)) end },
  { 15, function() return get(pick(searches)) end },
  { 10, function() return get(pick(lists)) end },
  { 10, function() return get(pick(pages)) end },
  { 10, create_inmate },
  { 10, intake.request },
  { 10, function()
    local path = "/api/v1/sync/changes?types=inmates&limit=100"
    return get(since and path .. "&since=" .. since or path)
  end },
}

function init(args)
  math.randomseed(os.time() + (thread_number or 0) * 7919)
  intake.init()
end

request = function()
  local draw = math.random(100)
  for _, part in ipairs(MIX) do
    draw = draw - part[1]
    if draw <= 0 then
      return part[2]()
    end
  end
end

function response(status, headers, body)
  if intake.response(status, headers, body) then
    return
  end
  if status == 200 and body:find('"has_more"', 1, true) then
    local more = body:match('"has_more"%s*:%s*(%a+)')
    since = more == "true" and body:match('"next_cursor"%s*:%s*"([^"]+)"') or nil
  end
end
