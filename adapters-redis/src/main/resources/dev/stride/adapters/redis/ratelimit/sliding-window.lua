-- Sliding-window counters of one policy and key, all its limits in one hash (one key, so the script
-- runs on Redis Cluster as on one server). Mirrors dev.stride.domain.ratelimit.SlidingWindow.
-- KEYS[1]: the hash; fields s<i>, p<i>, c<i>, q<i> per limit i: current window start, previous
--          count, current count, and the quota they were counted under.
-- ARGV: now (epoch ms), cost (1 counts a request if every limit takes it, 0 only reads), batch
--       (requests an instance already admitted from its local share: added whatever the limits say),
--       batchAt (epoch ms: the batch counts in the fixed windows of that moment), limit count n, then
--       per limit its quota and window (ms).
-- Returns {allowed (1/0), then per limit: start, previous, current} as they stand after the call.
local key = KEYS[1]
local now = tonumber(ARGV[1])
local cost = tonumber(ARGV[2])
local batch = tonumber(ARGV[3])
local batchAt = tonumber(ARGV[4])
local n = tonumber(ARGV[5])

local counts = {}
local allowed = 1
for i = 0, n - 1 do
  local quota = tonumber(ARGV[6 + 2 * i])
  local window = tonumber(ARGV[7 + 2 * i])
  local stored = redis.call('HMGET', key, 's' .. i, 'p' .. i, 'c' .. i, 'q' .. i)
  local s = tonumber(stored[1]) or 0
  local p = tonumber(stored[2]) or 0
  local c = tonumber(stored[3]) or 0
  local q = tonumber(stored[4]) or 0
  local start = now - (now % window)
  if s == start - window then
    p = c
    c = 0
  elseif s < start - window then
    p = 0
    c = 0
  end
  -- A changed quota keeps the share already used, rounded against the client.
  if q > 0 and q ~= quota then
    p = math.floor((p * quota + q - 1) / q)
    c = math.floor((c * quota + q - 1) / q)
  end
  -- The batch went in the windows of batchAt: this one, the one before, or one that weighs nothing any more.
  local batchStart = batchAt - (batchAt % window)
  if batchStart == start then
    c = c + batch
  elseif batchStart == start - window then
    p = p + batch
  end
  local uncovered = window - (now - start)
  if uncovered < 0 then uncovered = 0 end
  if p * uncovered + c * window + window > quota * window then
    allowed = 0
  end
  counts[i] = {start, p, c, quota, window}
end

local writes = cost > 0 or batch > 0
local result = {allowed}
local ttl = 0
for i = 0, n - 1 do
  local count = counts[i]
  if allowed == 1 then
    count[3] = count[3] + cost
  end
  if writes then
    redis.call('HSET', key, 's' .. i, count[1], 'p' .. i, count[2], 'c' .. i, count[3], 'q' .. i, count[4])
  end
  if 2 * count[5] > ttl then ttl = 2 * count[5] end
  table.insert(result, count[1])
  table.insert(result, count[2])
  table.insert(result, count[3])
end
if writes then
  -- Everything counted here weighs nothing two windows after the current one began.
  redis.call('PEXPIRE', key, ttl)
end
return result
