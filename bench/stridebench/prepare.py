"""The data: a fresh database, the seed, logins, and the data files wrk's script reads."""
import os
import time
from concurrent.futures import ThreadPoolExecutor

from .common import BENCH, DATA, DB, GROWTH, PASSWORD, api, log, psql, psql_file

TEMPLATE_EMAIL = "template@bench.example.org"
HOT_IDS_PER_USER = 50  # read by get-by-id, never written
UPDATE_IDS_PER_USER = 25  # per configuration (A, B), updated and patched through it only
# The rest of each user's live activities (~1,860) is the pool that delete and restore walk.

# Every live activity of the 200 users gets one role, at random.
ROLES_SQL = f"""
DROP TABLE IF EXISTS bench_ids;
CREATE TABLE bench_ids AS
SELECT id, user_id,
       CASE WHEN n <= {HOT_IDS_PER_USER} THEN 'hot'
            WHEN n <= {HOT_IDS_PER_USER + UPDATE_IDS_PER_USER} THEN 'update-A'
            WHEN n <= {HOT_IDS_PER_USER + 2 * UPDATE_IDS_PER_USER} THEN 'update-B'
            ELSE 'pool' END AS role
FROM (SELECT a.id, a.user_id, row_number() OVER (PARTITION BY a.user_id ORDER BY random()) AS n
      FROM activities a JOIN users u ON u.id = a.user_id
      WHERE u.email LIKE 'bench-u%' AND a.deleted_at IS NULL) AS numbered;
CREATE INDEX ON bench_ids (role);
"""


def prepare(stride):
    """Database, seed, logins, data files; returns the number of users. Starts `stride` (for the schema)."""
    log(f"creating database {DB}")
    psql(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)", db="postgres")
    psql(f"CREATE DATABASE {DB}", db="postgres")
    stride.start()  # Flyway creates the schema
    t = time.time()
    psql_file(os.path.join(BENCH, "seed.sql"))
    log(f"seeded in {time.time() - t:.1f} s")
    status, body = api(stride.base, "POST", "/api/v1/auth/register",
                       {"email": TEMPLATE_EMAIL, "password": PASSWORD, "displayName": "Bench template"})
    if status != 201:
        raise RuntimeError(f"register: {status} {body}")
    psql(f"UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = '{TEMPLATE_EMAIL}') "
         f"WHERE email LIKE 'bench-%@bench.example.org'")
    emails = psql("SELECT email FROM users WHERE email LIKE 'bench-%@bench.example.org' ORDER BY email").split()
    t = time.time()

    def login(email):
        for attempt in range(5):  # a 503 (password hashing busy, a Redis timeout on a busy machine) is retried
            status, body = api(stride.base, "POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD})
            if status != 503:
                break
            time.sleep(1 + attempt)
        if status != 200:
            raise RuntimeError(f"login {email}: {status} {body}")
        return email, body["accessToken"]

    with ThreadPoolExecutor(4) as pool:
        tokens = dict(pool.map(login, emails))
    log(f"{len(tokens)} users logged in in {time.time() - t:.1f} s")
    psql(ROLES_SQL)
    t = time.time()
    psql("VACUUM ANALYZE")
    log(f"VACUUM ANALYZE in {time.time() - t:.1f} s")

    os.makedirs(DATA, exist_ok=True)
    users = sorted(e for e in tokens if e.startswith("bench-u"))
    with open(os.path.join(DATA, "tokens.txt"), "w") as f:
        f.writelines(tokens[e] + "\n" for e in users)
    with open(os.path.join(DATA, "tokens-by-email.tsv"), "w") as f:
        f.writelines(f"{e}\t{tokens[e]}\n" for e in users)
    write_id_file("ids.txt", "role = 'hot'")
    for cfg in "AB":
        write_id_file(f"update-{cfg}.txt", f"role = 'update-{cfg}'")
    for n in GROWTH:
        with open(os.path.join(DATA, f"growth-{n}.txt"), "w") as f:
            f.write(tokens[f"bench-growth-{n}@bench.example.org"] + "\n")
    return len(users)


def write_id_file(name, where, limit=None):
    """A data file of the ids of bench_ids matching `where` (joined with activities: a, bench_ids: b), one line
    per user "<token> id ...", at most `limit` ids, picked at random; returns the number of ids."""
    tokens = dict(line.rstrip("\n").split("\t") for line in open(os.path.join(DATA, "tokens-by-email.tsv")))
    rows = psql(f"SELECT u.email, string_agg(b.id::text, ' ') FROM (SELECT b.id, b.user_id FROM bench_ids b "
                f"JOIN activities a ON a.id = b.id WHERE {where} ORDER BY random() "
                f"{f'LIMIT {limit}' if limit else ''}) AS b JOIN users u ON u.id = b.user_id GROUP BY u.email")
    count = 0
    with open(os.path.join(DATA, name), "w") as f:
        for email, ids in (line.split("\t") for line in rows.splitlines()):
            f.write(f"{tokens[email]} {ids}\n")
            count += len(ids.split())
    return count
