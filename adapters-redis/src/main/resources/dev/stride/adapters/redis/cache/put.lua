-- Stores an entry only if the namespace is still at the generation the reader saw.
-- KEYS[1] generation key, KEYS[2] epoch key
-- ARGV[1] expected generation, ARGV[2] entry key prefix, ARGV[3] entry key suffix,
-- ARGV[4] value, ARGV[5] TTL (ms)
local generation = redis.call('GET', KEYS[1])
if not generation then
  return 0
end
if (redis.call('GET', KEYS[2]) or '0') .. '.' .. generation ~= ARGV[1] then
  return 0
end
redis.call('SET', ARGV[2] .. ARGV[1] .. ARGV[3], ARGV[4], 'PX', ARGV[5])
return 1
