package org.newsroom.frontpage;

/**
 * A front's live arrangement changed (published, restored, or a schedule went out). Published to listeners after the
 * change commits, so that this instance can drop its cached pages at once; other instances learn of it from the
 * database's notification, whose payload names the front as {@link FrontPages#surrogateKey} does.
 */
public record FrontChanged(FrontKey front) {}
