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
CREATE INDEX `sources_host_idx` ON `sources` (`host`);