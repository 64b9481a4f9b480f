-- Revokes every family of a user, but the one named in ARGV[2] (empty: none is spared).
-- KEYS[1] the user's set of families; ARGV[1] family key prefix, with the same hash tag (one slot on Redis Cluster);
-- ARGV[2] the family to keep
local families = redis.call('SMEMBERS', KEYS[1])
local revoked = 0
for _, family in ipairs(families) do
  if family ~= ARGV[2] then
    redis.call('DEL', ARGV[1] .. family)
    redis.call('SREM', KEYS[1], family)
    revoked = revoked + 1
  end
end
return revoked
