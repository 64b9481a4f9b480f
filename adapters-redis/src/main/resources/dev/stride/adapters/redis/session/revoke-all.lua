-- Revokes every family of a user.
-- KEYS[1] the user's set of families; ARGV[1] family key prefix, with the same hash tag (one slot on Redis Cluster)
local families = redis.call('SMEMBERS', KEYS[1])
for _, family in ipairs(families) do
  redis.call('DEL', ARGV[1] .. family)
end
redis.call('DEL', KEYS[1])
return #families
