-- Substring index over the search keys of entity names and aliases (lower case, no accents, hyphens or spaces),
-- so that a name query (`q=volkov`, `q=jong un`) reads the index instead of testing every alias.
-- It keeps its own copy of the few columns it needs, kept in step with `entity_aliases` by triggers.
CREATE VIRTUAL TABLE `alias_search` USING fts5(
	`search_key`,
	`entity_id` UNINDEXED,
	tokenize='trigram'
);
--> statement-breakpoint
INSERT INTO `alias_search`(`search_key`, `entity_id`) SELECT `search_key`, `entity_id` FROM `entity_aliases`;
--> statement-breakpoint
CREATE TRIGGER `entity_aliases_search_insert` AFTER INSERT ON `entity_aliases` BEGIN
	INSERT INTO `alias_search`(`search_key`, `entity_id`) VALUES (new.`search_key`, new.`entity_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `entity_aliases_search_delete` AFTER DELETE ON `entity_aliases` BEGIN
	DELETE FROM `alias_search` WHERE rowid = (
		SELECT rowid FROM `alias_search` WHERE `entity_id` = old.`entity_id` AND `search_key` = old.`search_key` LIMIT 1
	);
END;
--> statement-breakpoint
CREATE TRIGGER `entity_aliases_search_update` AFTER UPDATE OF `search_key`, `entity_id` ON `entity_aliases` BEGIN
	DELETE FROM `alias_search` WHERE rowid = (
		SELECT rowid FROM `alias_search` WHERE `entity_id` = old.`entity_id` AND `search_key` = old.`search_key` LIMIT 1
	);
	INSERT INTO `alias_search`(`search_key`, `entity_id`) VALUES (new.`search_key`, new.`entity_id`);
END;
