package org.newsroom.article;

/**
 * Something readers see of the stories changed: a publication, an update, an unpublication, a correction. Published
 * to listeners after the change commits, so that this instance can drop cached pages at once; other instances learn
 * of it from the database's notification.
 */
public record ArticlesChanged(long articleId) {}
