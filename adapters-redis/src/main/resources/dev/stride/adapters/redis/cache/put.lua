-- Stores an entry only if the namespace is still at the generation the reader saw, and keeps the
-- namespace at most ARGV[6] live entries (the ones closest to expiry make room), whatever the reads.
-- KEYS[1] generation key, KEYS[2] epoch key of the namespace's slot, KEYS[3] the namespace's entry index
-- ARGV[1] expected epoch.generation, ARGV[2] entry key prefix, ARGV[3] entry key suffix,
-- ARGV[4] value, ARGV[5] TTL (ms), ARGV[6] most entries per namespace
local generation = redis.call('GET', KEYS[1])
local epoch = redis.call('GET', KEYS[2])
if not generation or not epoch or epoch .. '.' .. generation ~= ARGV[1] then
  return 0
end
local key = ARGV[2] .. ARGV[1] .. ARGV[3]
local ttl = tonumber(ARGV[5])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
redis.call('ZREM', KEYS[3], key)
local over = redis.call('ZCARD', KEYS[3]) - tonumber(ARGV[6]) + 1
if over > 0 then
  local oldest = redis.call('ZPOPMIN', KEYS[3], over)
  for i = 1, #oldest, 2 do
    redis.call('DEL', oldest[i])
  end
end
redis.call('SET', key, ARGV[4], 'PX', ttl)
redis.call('ZADD', KEYS[3], now + ttl, key)
if redis.call('PTTL', KEYS[3]) < ttl then
  redis.call('PEXPIRE', KEYS[3], ttl)
end
return 1
