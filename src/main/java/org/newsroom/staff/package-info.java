/** Staff: staff users, roles, login and the web security configuration. */
@ApplicationModule(allowedDependencies = {"audit", "platform"})
package org.newsroom.staff;

import org.springframework.modulith.ApplicationModule;
