/** Cross-cutting infrastructure: settings, the database modes, typography, slugs, the clock and every page's model. */
@ApplicationModule(allowedDependencies = {})
package org.newsroom.platform;

import org.springframework.modulith.ApplicationModule;
