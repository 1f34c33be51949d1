/**
 * The content API: a read-only JSON API of published content at {@code /api/v1/}, also as IPTC ninjs, with its
 * OpenAPI description, and the API keys that raise a consumer's rate limit.
 */
@ApplicationModule(
        allowedDependencies = {
            "article",
            "audit",
            "distribution",
            "live",
            "media",
            "people",
            "platform",
            "staff",
            "taxonomy"
        })
package org.newsroom.api;

import org.springframework.modulith.ApplicationModule;
