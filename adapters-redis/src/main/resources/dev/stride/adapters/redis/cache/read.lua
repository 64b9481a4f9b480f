-- Reads a namespace's generation and one entry in it, atomically, in one round trip.
-- KEYS[1] generation key, KEYS[2] epoch key
-- ARGV[1] a fresh generation to adopt if the namespace has none, ARGV[2] generation TTL (ms),
-- ARGV[3] entry key prefix, ARGV[4] entry key suffix
local generation = redis.call('GET', KEYS[1])
if not generation then
  generation = ARGV[1]
  redis.call('SET', KEYS[1], generation, 'PX', ARGV[2])
end
local current = (redis.call('GET', KEYS[2]) or '0') .. '.' .. generation
local value = redis.call('GET', ARGV[3] .. current .. ARGV[4])
if value then
  return {current, value}
end
return {current}
