-- wrk script shared by every bench scenario (bench/stride_bench.py sets the environment):
--   BENCH_METHOD  GET or POST
--   BENCH_PATH    request path; "{id}" is replaced by one of the ids on the data line
--   BENCH_DATA    data file, one line per user: "<accessToken> [id ...]"
--   BENCH_DELAY_MS  optional: pause of each connection between requests (pacing to a target rate)
-- Every request is built once in init(); request() only picks one at random (user and id together),
-- so the script costs wrk as little as possible. done() prints one line "BENCH_RESULT {json}".

local method = os.getenv("BENCH_METHOD") or "GET"
local path = os.getenv("BENCH_PATH")
local data = os.getenv("BENCH_DATA")
local pace = tonumber(os.getenv("BENCH_DELAY_MS") or "")
local requests = {}

local TYPES = {"RUNNING", "CYCLING", "SWIMMING", "WALKING", "HIKING", "ROWING", "STRENGTH", "YOGA"}

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

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  for line in io.lines(data) do
    local fields = {}
    for f in line:gmatch("%S+") do fields[#fields + 1] = f end
    if #fields > 0 then
      local headers = {["Authorization"] = "Bearer " .. fields[1]}
      if path:find("{id}", 1, true) then
        for i = 2, #fields do
          requests[#requests + 1] = wrk.format(method, (path:gsub("{id}", fields[i])), headers)
        end
      elseif method == "POST" then
        headers["Content-Type"] = "application/json"
        for _ = 1, 5 do requests[#requests + 1] = wrk.format(method, path, headers, activity_body()) end
      else
        requests[#requests + 1] = wrk.format(method, path, headers)
      end
    end
  end
  if #requests == 0 then error("no requests built from " .. tostring(data)) end
end

function request()
  return requests[math.random(#requests)]
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
