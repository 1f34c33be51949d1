package org.newsroom.media;

/**
 * An image's alt text, caption, credit or "decorative" mark changed. Published inside the transaction that changed it,
 * so that what shows the image (story bodies rendered with it) follows in the same transaction.
 */
public record ImageChanged(long imageId) {}
