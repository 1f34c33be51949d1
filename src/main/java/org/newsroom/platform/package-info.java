/** Cross-cutting infrastructure: settings, the database modes, Markdown rendering, slugs and the clock. */
package org.newsroom.platform;
