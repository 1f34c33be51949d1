package org.newsroom.frontpage;

/**
 * The banner was set, changed or ended: this instance's pages go as soon as the change commits, before the database's
 * notification reaches the other instances.
 */
public record BannerChanged() {}
