-- Stores the first token of a new family (a login).
-- KEYS[1] token key, KEYS[2] family key, KEYS[3] the user's set of families
-- ARGV[1] user id, ARGV[2] family id, ARGV[3] expiry (epoch ms), ARGV[4] TTL (ms)
redis.call('HSET', KEYS[1], 'u', ARGV[1], 'f', ARGV[2], 'x', ARGV[3], 's', '0')
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[4])
redis.call('SADD', KEYS[3], ARGV[2])
if redis.call('PTTL', KEYS[3]) < tonumber(ARGV[4]) then
  redis.call('PEXPIRE', KEYS[3], ARGV[4])
end
return 1
