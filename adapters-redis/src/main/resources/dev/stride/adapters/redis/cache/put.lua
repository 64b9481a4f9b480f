-- Stores an entry only if the namespace is still at the generation the reader saw (store.lua bounds the namespace).
-- KEYS[1] generation key, KEYS[2] epoch key of the namespace's slot, KEYS[3] the namespace's entry index
-- ARGV[1] expected epoch.generation, ARGV[2] entry key prefix, ARGV[3] entry key suffix,
-- ARGV[4] value, ARGV[5] TTL (ms), ARGV[6] most entries per namespace
local generation = redis.call('GET', KEYS[1])
local epoch = redis.call('GET', KEYS[2])
if not generation or not epoch or epoch .. '.' .. generation ~= ARGV[1] then
  return 0
end
store(KEYS[3], ARGV[2] .. ARGV[1] .. ARGV[3], ARGV[4], tonumber(ARGV[5]), tonumber(ARGV[6]))
return 1
