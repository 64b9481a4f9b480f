-- Shared by put.lua and write.lua (prepended to each): stores an entry and keeps its namespace at most
-- maxEntries live entries (the ones closest to expiry make room), whatever the reads.
local function store(index, key, value, ttl, maxEntries)
  local time = redis.call('TIME')
  local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
  redis.call('ZREMRANGEBYSCORE', index, '-inf', now)
  redis.call('ZREM', index, key)
  local over = redis.call('ZCARD', index) - maxEntries + 1
  if over > 0 then
    local oldest = redis.call('ZPOPMIN', index, over)
    for i = 1, #oldest, 2 do
      redis.call('DEL', oldest[i])
    end
  end
  redis.call('SET', key, value, 'PX', ttl)
  redis.call('ZADD', index, now + ttl, key)
  if redis.call('PTTL', index) < ttl then
    redis.call('PEXPIRE', index, ttl)
  end
end
