/**
 * Live coverage: a published story made live carries entries (posted, edited, deleted, pinned, marked as key events)
 * until its coverage ends. Readers see them on the story's page; new ones reach open pages by Server-Sent Events fed by
 * PostgreSQL's notifications ({@code newsroom_live}), or by polling a small cacheable answer.
 */
@ApplicationModule(allowedDependencies = {"article", "audit", "platform", "staff"})
package org.newsroom.live;

import org.springframework.modulith.ApplicationModule;
