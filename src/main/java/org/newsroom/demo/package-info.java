/** Demo content: the example stories (one of them covered live) and their one-time seed. */
@ApplicationModule(allowedDependencies = {"article", "live", "media", "people", "platform", "taxonomy"})
package org.newsroom.demo;

import org.springframework.modulith.ApplicationModule;
