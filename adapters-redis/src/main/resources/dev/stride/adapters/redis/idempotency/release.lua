-- Forgets an in-flight claim that is still the caller's. KEYS[1] the record; ARGV[1] claim token
if redis.call('HGET', KEYS[1], 't') == ARGV[1] and redis.call('HEXISTS', KEYS[1], 's') == 0 then
  return redis.call('DEL', KEYS[1])
end
return 0
