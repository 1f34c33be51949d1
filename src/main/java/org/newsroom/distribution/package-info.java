/**
 * Distribution: what leaves the application after a change. Here, the CDN purges: the keys of every change, queued in
 * PostgreSQL by the database's triggers in the change's own transaction (V33), sent by any one instance to the
 * configured CDN (Varnish, Fastly, Cloudflare, or none), again and again until it takes them.
 */
@ApplicationModule(allowedDependencies = {"article", "platform"})
package org.newsroom.distribution;

import org.springframework.modulith.ApplicationModule;
