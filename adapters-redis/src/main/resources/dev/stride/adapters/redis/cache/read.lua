-- Reads a namespace's generation and one entry in it, atomically, in one round trip.
-- KEYS[1] generation key, KEYS[2] epoch key of the namespace's slot (same slot)
-- ARGV[1] a fresh token to adopt if the namespace has no generation or its slot no epoch (never issued
-- before, so a key lost to eviction never comes back with an old value), ARGV[2] generation TTL (ms),
-- ARGV[3] entry key prefix, ARGV[4] entry key suffix, ARGV[5] the generation of the copy the caller holds ('' for none)
-- Returns {generation} on a miss, {generation, value, ttl in ms} on a hit, and {generation, 1} when
-- the caller's copy is of the current generation and the entry is still there (the value stays put).
local generation = redis.call('GET', KEYS[1])
if not generation then
  generation = ARGV[1]
  redis.call('SET', KEYS[1], generation, 'PX', ARGV[2])
end
local epoch = redis.call('GET', KEYS[2])
if not epoch then
  epoch = ARGV[1]
  redis.call('SET', KEYS[2], epoch)
end
local current = epoch .. '.' .. generation
local key = ARGV[3] .. current .. ARGV[4]
if ARGV[5] == current then
  if redis.call('EXISTS', key) == 1 then
    return {current, 1}
  end
  return {current}
end
local value = redis.call('GET', key)
if value then
  return {current, value, redis.call('PTTL', key)}
end
return {current}
