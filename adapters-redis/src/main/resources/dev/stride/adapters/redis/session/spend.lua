-- Spends a token and, when a successor is given, stores it in the same family: one atomic step, so
-- of two concurrent spends exactly one wins, and a revoked family never gains a live token.
-- A spent token keeps its key (and TTL) so that presenting it again is recognised as a replay.
-- KEYS[1] token key, KEYS[2] successor token key (absent: plain spend)
-- ARGV[1] family key prefix, ARGV[2] the user's set of families, ARGV[3] successor expiry (epoch ms),
-- ARGV[4] successor TTL (ms)
-- The family keys and the set built from ARGV share KEYS[1]'s hash tag (the user's): one slot on Redis Cluster.
-- Returns {'unknown'} | {'reused', user, family} | {'spent', user, family, expiry}
local token = redis.call('HMGET', KEYS[1], 'u', 'f', 'x', 's')
local user, family, expiry, spent = token[1], token[2], token[3], token[4]
if not user then
  return {'unknown'}
end
if spent == '1' then
  return {'reused', user, family}
end
local familyKey = ARGV[1] .. family
if redis.call('EXISTS', familyKey) == 0 then
  return {'unknown'}
end
redis.call('HSET', KEYS[1], 's', '1')
if KEYS[2] then
  local ttl = tonumber(ARGV[4])
  redis.call('HSET', KEYS[2], 'u', user, 'f', family, 'x', ARGV[3], 's', '0')
  redis.call('PEXPIRE', KEYS[2], ttl)
  -- the family, and the user's set of families, live as long as their newest token
  if redis.call('PTTL', familyKey) < ttl then
    redis.call('PEXPIRE', familyKey, ttl)
  end
  local familiesKey = ARGV[2]
  if redis.call('PTTL', familiesKey) < ttl then
    redis.call('PEXPIRE', familiesKey, ttl)
  end
end
return {'spent', user, family, expiry}
