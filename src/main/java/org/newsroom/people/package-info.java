/** People: authors, the names in bylines. */
@ApplicationModule(allowedDependencies = {"platform", "staff"})
package org.newsroom.people;

import org.springframework.modulith.ApplicationModule;
