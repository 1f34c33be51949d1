/** Demo content: the example stories and their one-time seed. */
@ApplicationModule(allowedDependencies = {"article", "media", "people", "platform", "taxonomy"})
package org.newsroom.demo;

import org.springframework.modulith.ApplicationModule;
