-- A migration that runs longer than the socket timeout that bounds requests (StorageOutageTest).
SELECT pg_sleep(2);
