-- Ingest: where each article came from (the curated seed or an ingested page), the page's identity for idempotent
-- ingest, the published time and zone when the page states them, and the ingest report; sources gain their web host.
ALTER TABLE `articles` ADD `origin` text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `published_time` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `published_timezone` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `url` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `content_type` text DEFAULT 'text/plain' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `content_hash` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `ingested_at` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `ingest_report` text;--> statement-breakpoint
CREATE UNIQUE INDEX `articles_content_hash_idx` ON `articles` (`content_hash`);--> statement-breakpoint
ALTER TABLE `sources` ADD `host` text;--> statement-breakpoint
CREATE INDEX `sources_host_idx` ON `sources` (`host`);--> statement-breakpoint
-- A counter bumped by every change to entities or their aliases: a long-running writer rebuilds its alias matcher
-- only when it moved (a rebuild from seed/ may change the entities under a running server).
CREATE TABLE `entity_version` (`version` integer NOT NULL);--> statement-breakpoint
INSERT INTO `entity_version` (`version`) VALUES (0);--> statement-breakpoint
CREATE TRIGGER `entities_version_insert` AFTER INSERT ON `entities` BEGIN UPDATE `entity_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `entities_version_update` AFTER UPDATE OF `id`, `type`, `name`, `family_name` ON `entities` BEGIN UPDATE `entity_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `entities_version_delete` AFTER DELETE ON `entities` BEGIN UPDATE `entity_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `entity_aliases_version_insert` AFTER INSERT ON `entity_aliases` BEGIN UPDATE `entity_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `entity_aliases_version_update` AFTER UPDATE OF `entity_id`, `alias`, `kind` ON `entity_aliases` BEGIN UPDATE `entity_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `entity_aliases_version_delete` AFTER DELETE ON `entity_aliases` BEGIN UPDATE `entity_version` SET `version` = `version` + 1; END;
