-- Marks the file as this service's database: SQLite's application_id header field, 0x6e636170 ("ncap").
-- Start-up migrates only files that carry it (or an earlier version's migrations), and refuses any other file.
PRAGMA application_id = 1852006768;
