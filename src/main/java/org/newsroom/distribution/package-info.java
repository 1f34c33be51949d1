/**
 * Distribution: what leaves the application after a change. The CDN purges: the keys of every change, queued in
 * PostgreSQL by the database's triggers in the change's own transaction (V33), sent by any one instance to the
 * configured CDN (Varnish, Fastly, Cloudflare, or none), again and again until it takes them. And the changes feed
 * ({@link org.newsroom.distribution.ChangeFeed}): the events the triggers write in the same way (V42, V43), which the
 * content API lists at {@code /api/v1/changes}.
 */
@ApplicationModule(allowedDependencies = {"article", "platform"})
package org.newsroom.distribution;

import org.springframework.modulith.ApplicationModule;
