-- wrk script shared by every bench scenario (bench/stridebench/load.py sets the environment):
--   BENCH_SPEC      one request source per line, "weight|method|path|data file|body|order":
--                     path   "{id}" is replaced by one of the ids on the data line
--                     data   one line per user: "<accessToken> [id ...]"
--                     body   "-", "activity" (a random valid activity) or "patch" (a merge patch)
--                     order  "random": any request of the source, at random, built once in init();
--                            "walk": every id once in turn, ids split between wrk's threads, so that
--                            no two requests for one id are ever under way together (a second
--                            DELETE of an id would be a 404, two concurrent updates a 412)
--                   Several lines make a mix: each request picks a line with probability weight / total.
--   BENCH_THREADS   wrk's -t (to split the ids of "walk" sources between threads)
--   BENCH_DELAY_MS  optional: pause of each connection between requests (pacing to a target rate)
-- done() prints one line "BENCH_RESULT {json}".

local spec = os.getenv("BENCH_SPEC")
local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
local pace = tonumber(os.getenv("BENCH_DELAY_MS") or "")
local sources, total_weight = {}, 0

local TYPES = {"RUNNING", "CYCLING", "SWIMMING", "WALKING", "HIKING", "ROWING", "STRENGTH", "YOGA"}
local JSON = "application/json"

local function activity_body()
  local t = TYPES[math.random(#TYPES)]
  local minutes = math.random(15, 120)
  local distance = "null"
  if t ~= "STRENGTH" and t ~= "YOGA" then
    distance = string.format("%.3f", minutes / 60 * math.random(3, 25))
  end
  local day = os.date("!%Y-%m-%d", os.time() - math.random(0, 30) * 86400)
  return string.format('{"activityType":"%s","title":"Bench %s","description":"created by the benchmark",' ..
      '"durationMinutes":%d,"distanceKm":%s,"caloriesBurned":%d,"activityDate":"%s"}',
      t, t:lower(), minutes, distance, minutes * 8, day)
end

local function patch_body()
  return string.format('{"durationMinutes":%d,"notes":"patched by the benchmark"}', math.random(15, 120))
end

local BODIES = {
  ["-"] = function() return nil, nil end,
  activity = function() return activity_body(), JSON end,
  patch = function() return patch_body(), "application/merge-patch+json" end,
}

local function format(method, path, token, id, body)
  local headers = {["Authorization"] = "Bearer " .. token}
  local content, content_type = BODIES[body]()
  headers["Content-Type"] = content_type
  return wrk.format(method, id and (path:gsub("{id}", id)) or path, headers, content)
end

local function read_lines(file)
  local users = {}
  for line in io.lines(file) do
    local fields = {}
    for f in line:gmatch("%S+") do fields[#fields + 1] = f end
    if #fields > 0 then users[#users + 1] = fields end
  end
  return users
end

-- Requests built once; next() picks one at random, so the script costs wrk as little as possible.
local function random_source(method, path, file, body)
  local requests = {}
  for _, fields in ipairs(read_lines(file)) do
    if path:find("{id}", 1, true) then
      for i = 2, #fields do requests[#requests + 1] = format(method, path, fields[1], fields[i], body) end
    elseif body ~= "-" then
      for _ = 1, 5 do requests[#requests + 1] = format(method, path, fields[1], nil, body) end
    else
      requests[#requests + 1] = format(method, path, fields[1], nil, body)
    end
  end
  return requests, function() return requests[math.random(#requests)] end
end

-- This thread's share of the (user, id) pairs, shuffled, each requested in turn (built when sent:
-- a walk may hold a hundred thousand ids, and its writes are slow enough for the cost not to show).
local function walk_source(method, path, file, body, thread_index)
  local pairs_, n = {}, 0
  for _, fields in ipairs(read_lines(file)) do
    for i = 2, #fields do
      if n % threads == thread_index then pairs_[#pairs_ + 1] = {fields[1], fields[i]} end
      n = n + 1
    end
  end
  for i = #pairs_, 2, -1 do
    local j = math.random(i)
    pairs_[i], pairs_[j] = pairs_[j], pairs_[i]
  end
  local next_index = 0
  return pairs_, function()
    next_index = next_index % #pairs_ + 1
    local p = pairs_[next_index]
    return format(method, path, p[1], p[2], body)
  end
end

local thread_counter = 0

-- Runs in wrk's main Lua state, once per thread before that thread's init().
function setup(thread)
  thread:set("thread_index", thread_counter)
  thread_counter = thread_counter + 1
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  for line in spec:gmatch("[^\n]+") do
    local weight, method, path, file, body, order = line:match("^(%d+)|(%u+)|([^|]+)|([^|]+)|([^|]+)|(%a+)$")
    if not weight then error("bad BENCH_SPEC line: " .. line) end
    local build = order == "walk" and walk_source or random_source
    local items, next_request = build(method, path, file, body, thread_index or 0)
    if #items == 0 then error("no requests built from " .. file) end
    total_weight = total_weight + tonumber(weight)
    sources[#sources + 1] = {upto = total_weight, next = next_request}
  end
end

function request()
  if #sources == 1 then return sources[1].next() end
  local r = math.random() * total_weight
  for _, source in ipairs(sources) do
    if r < source.upto then return source.next() end
  end
  return sources[#sources].next()
end

if pace then
  -- wrk calls delay() only when the script defines it; the fraction is kept on average.
  function delay()
    local base = math.floor(pace)
    if math.random() < pace - base then return base + 1 end
    return base
  end
end

function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format('BENCH_RESULT {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,' ..
      '"max_us":%d,"errors_status":%d,"errors_connect":%d,"errors_read":%d,"errors_write":%d,"errors_timeout":%d}\n',
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
      e.status, e.connect, e.read, e.write, e.timeout))
end
