-- Stores the response of a claimed request, only while the claim is still the caller's and not completed.
-- KEYS[1] the record; ARGV[1] claim token, ARGV[2] lifetime of the response (ms), ARGV[3..] field, value, ...
-- Returns 1 when stored, 0 when the claim had expired or been taken over
if redis.call('HGET', KEYS[1], 't') ~= ARGV[1] or redis.call('HEXISTS', KEYS[1], 's') == 1 then
  return 0
end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
