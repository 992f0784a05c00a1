-- Full-text index over article titles and cleaned bodies, kept in step with `articles` by triggers
-- so that every write path (seed, imports) indexes what it writes.
CREATE VIRTUAL TABLE `article_search` USING fts5(
	`title`,
	`body`,
	content='articles',
	content_rowid='doc_id',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `articles_search_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO `article_search`(rowid, `title`, `body`) VALUES (new.`doc_id`, coalesce(new.`title`, ''), new.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_delete` AFTER DELETE ON `articles` BEGIN
	INSERT INTO `article_search`(`article_search`, rowid, `title`, `body`) VALUES ('delete', old.`doc_id`, coalesce(old.`title`, ''), old.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_update` AFTER UPDATE OF `title`, `body` ON `articles` BEGIN
	INSERT INTO `article_search`(`article_search`, rowid, `title`, `body`) VALUES ('delete', old.`doc_id`, coalesce(old.`title`, ''), old.`body`);
	INSERT INTO `article_search`(rowid, `title`, `body`) VALUES (new.`doc_id`, coalesce(new.`title`, ''), new.`body`);
END;
