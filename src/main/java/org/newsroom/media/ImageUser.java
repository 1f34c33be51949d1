package org.newsroom.media;

/**
 * A story that uses an image.
 *
 * @param status as staff read it: {@code Published}, {@code Draft}, …
 * @param published whether readers see the story, and so the image
 * @param editPath where staff edit the story
 */
public record ImageUser(long storyId, String headline, String status, boolean published, String editPath) {}
