CREATE TABLE `article_entities` (
	`article_id` text NOT NULL,
	`entity_id` text NOT NULL,
	`mention_count` integer NOT NULL,
	`first_offset` integer NOT NULL,
	`published_sort` text NOT NULL,
	PRIMARY KEY(`article_id`, `entity_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `article_entities_entity_published_idx` ON `article_entities` (`entity_id`,`published_sort`,`article_id`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`doc_id` integer NOT NULL,
	`source_id` text NOT NULL,
	`file` text NOT NULL,
	`title` text,
	`language` text NOT NULL,
	`published_date` text,
	`published_precision` text,
	`published_basis` text,
	`published_note` text,
	`published_sort` text NOT NULL,
	`published_end` text NOT NULL,
	`text_origin` text NOT NULL,
	`text_origin_note` text,
	`original_publisher` text,
	`original_publisher_basis` text,
	`original_publisher_note` text,
	`word_count` integer NOT NULL,
	`top_entities` text DEFAULT '[]' NOT NULL,
	`raw_text` text NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_doc_id_idx` ON `articles` (`doc_id`);--> statement-breakpoint
CREATE INDEX `articles_published_idx` ON `articles` (`published_sort`,`id`);--> statement-breakpoint
CREATE INDEX `articles_source_published_idx` ON `articles` (`source_id`,`published_sort`,`id`);--> statement-breakpoint
CREATE INDEX `articles_language_published_idx` ON `articles` (`language`,`published_sort`,`id`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`name` text NOT NULL,
	`family_name` text,
	`description` text NOT NULL,
	`wikidata_id` text,
	`mention_count` integer DEFAULT 0 NOT NULL,
	`article_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `entities_type_name_idx` ON `entities` (`type`,`name`);--> statement-breakpoint
CREATE INDEX `entities_type_mentions_idx` ON `entities` (`type`,`mention_count`,`id`);--> statement-breakpoint
CREATE INDEX `entities_type_articles_idx` ON `entities` (`type`,`article_count`,`id`);--> statement-breakpoint
CREATE TABLE `entity_aliases` (
	`entity_id` text NOT NULL,
	`alias` text NOT NULL,
	`kind` text NOT NULL,
	`search_key` text NOT NULL,
	PRIMARY KEY(`entity_id`, `alias`),
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `entity_aliases_search_idx` ON `entity_aliases` (`search_key`);--> statement-breakpoint
CREATE TABLE `event_attestations` (
	`id` integer PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`article_id` text NOT NULL,
	`quote` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`claim` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_attestations_event_idx` ON `event_attestations` (`event_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `event_attestations_article_idx` ON `event_attestations` (`article_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_participants` (
	`event_id` text NOT NULL,
	`entity_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`event_id`, `entity_id`, `role`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_participants_entity_idx` ON `event_participants` (`entity_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`date` text NOT NULL,
	`precision` text NOT NULL,
	`time` text,
	`timezone` text,
	`date_basis` text NOT NULL,
	`date_note` text,
	`date_start` text NOT NULL,
	`date_end` text NOT NULL,
	`location_id` text,
	`disputed` integer NOT NULL,
	`attestation_count` integer DEFAULT 0 NOT NULL,
	`source_count` integer DEFAULT 0 NOT NULL,
	`disagreement_about` text,
	`disagreement_summary` text,
	FOREIGN KEY (`location_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_date_idx` ON `events` (`date_start`,`date_end`,`id`);--> statement-breakpoint
CREATE INDEX `events_location_idx` ON `events` (`location_id`,`date_start`);--> statement-breakpoint
CREATE INDEX `events_disputed_idx` ON `events` (`disputed`,`date_start`);--> statement-breakpoint
CREATE TABLE `mentions` (
	`id` integer PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`entity_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`surface` text NOT NULL,
	`matched_by` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentions_article_start_idx` ON `mentions` (`article_id`,`start`);--> statement-breakpoint
CREATE INDEX `mentions_entity_article_idx` ON `mentions` (`entity_id`,`article_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text,
	`name_basis` text,
	`name_note` text,
	`homepage` text,
	`country` text,
	`language` text,
	`kind` text,
	`self_description` text,
	`notes` text
);
