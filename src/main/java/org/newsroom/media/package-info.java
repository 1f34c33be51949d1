/**
 * Media: the image library. Uploads are checked by decoding their content, kept as originals in a
 * {@link org.newsroom.media.MediaStore} named by content hash, and served only as re-encoded renditions (WebP and JPEG,
 * several widths) that carry no metadata.
 */
@ApplicationModule(allowedDependencies = {"audit", "platform", "staff"})
package org.newsroom.media;

import org.springframework.modulith.ApplicationModule;
