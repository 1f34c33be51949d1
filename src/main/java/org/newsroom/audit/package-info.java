/** The audit log: an append-only record of who did what to which story, and when. */
@ApplicationModule(allowedDependencies = {"platform"})
package org.newsroom.audit;

import org.springframework.modulith.ApplicationModule;
