-- Claims an idempotency key, or reports what holds it. One key per record, so it runs on Redis Cluster.
-- KEYS[1] the record: a hash f (request fingerprint), t (claim token), and once completed s (status),
--         b (body, base64) and h:<name> per kept header
-- ARGV[1] fingerprint, ARGV[2] claim token, ARGV[3] in-flight lifetime (ms)
-- Returns {'claimed'} | {'mismatch'} | {'in-flight'} | {'completed', field, value, ...}
local fingerprint = redis.call('HGET', KEYS[1], 'f')
if not fingerprint then
  redis.call('HSET', KEYS[1], 'f', ARGV[1], 't', ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return {'claimed'}
end
if fingerprint ~= ARGV[1] then
  return {'mismatch'}
end
if redis.call('HEXISTS', KEYS[1], 's') == 0 then
  return {'in-flight'}
end
local record = redis.call('HGETALL', KEYS[1])
table.insert(record, 1, 'completed')
return record
