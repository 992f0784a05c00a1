-- Linking: entities gain a status (curated ones confirmed, names found in pages candidates) and how a candidate was
-- found; mentions say how they were linked (exact, alias, family-name, context); quotations with their speakers.
CREATE TABLE `quotations` (
	`id` integer PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`text` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`kind` text NOT NULL,
	`speaker_id` text,
	`speaker_surface` text,
	`speaker_start` integer,
	`speaker_end` integer,
	`attribution` text,
	`verb` text,
	`cue` text,
	`published_sort` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`speaker_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quotations_article_start_idx` ON `quotations` (`article_id`,`start`);--> statement-breakpoint
CREATE INDEX `quotations_speaker_published_idx` ON `quotations` (`speaker_id`,`published_sort`,`id`);--> statement-breakpoint
CREATE INDEX `quotations_published_idx` ON `quotations` (`published_sort`,`id`);--> statement-breakpoint
ALTER TABLE `entities` ADD `status` text DEFAULT 'confirmed' NOT NULL;--> statement-breakpoint
ALTER TABLE `entities` ADD `found_by` text;--> statement-breakpoint
CREATE INDEX `entities_status_type_mentions_idx` ON `entities` (`status`,`type`,`mention_count`,`id`);--> statement-breakpoint
-- Mentions linked before this migration matched a full name or alias: the next rebuild or ingest tells exact from alias.
-- Full-text index over quotation texts, kept in step by triggers.
CREATE VIRTUAL TABLE `quotation_search` USING fts5(
	`text`,
	content='quotations',
	content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `quotations_search_insert` AFTER INSERT ON `quotations` BEGIN
	INSERT INTO `quotation_search`(rowid, `text`) VALUES (new.`id`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `quotations_search_delete` AFTER DELETE ON `quotations` BEGIN
	INSERT INTO `quotation_search`(`quotation_search`, rowid, `text`) VALUES ('delete', old.`id`, old.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `quotations_search_update` AFTER UPDATE OF `text` ON `quotations` BEGIN
	INSERT INTO `quotation_search`(`quotation_search`, rowid, `text`) VALUES ('delete', old.`id`, old.`text`);
	INSERT INTO `quotation_search`(rowid, `text`) VALUES (new.`id`, new.`text`);
END;
