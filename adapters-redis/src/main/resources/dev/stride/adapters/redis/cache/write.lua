-- After a committed write: starts a new generation of the namespace and stores the written value in it,
-- atomically, unless a newer version of the entry came first (writes whose calls arrive out of commit order
-- never leave the older state readable). The entry's version key outlives generations and epochs.
-- KEYS[1] generation key, KEYS[2] epoch key of the namespace's slot, KEYS[3] the namespace's entry index,
-- KEYS[4] the entry's version key (all in the namespace's slot)
-- ARGV[1] the new generation (a fresh token), ARGV[2] generation and version TTL (ms), ARGV[3] entry key prefix,
-- ARGV[4] entry key suffix, ARGV[5] version, ARGV[6] value ('' stores nothing: the value is gone),
-- ARGV[7] entry TTL (ms), ARGV[8] most entries per namespace
-- Returns {epoch.generation, 1 when the value was stored else 0}
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
local epoch = redis.call('GET', KEYS[2])
if not epoch then
  epoch = ARGV[1]
  redis.call('SET', KEYS[2], epoch)
end
local current = epoch .. '.' .. ARGV[1]
local newest = redis.call('GET', KEYS[4])
if newest and tonumber(newest) > tonumber(ARGV[5]) then
  return {current, 0}
end
redis.call('SET', KEYS[4], ARGV[5], 'PX', ARGV[2])
if ARGV[6] == '' then
  return {current, 0}
end
store(KEYS[3], ARGV[3] .. current .. ARGV[4], ARGV[6], tonumber(ARGV[7]), tonumber(ARGV[8]))
return {current, 1}
