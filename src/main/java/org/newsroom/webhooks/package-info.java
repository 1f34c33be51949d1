/**
 * Webhooks: endpoints that admins register, to which every matching event of the changes feed is delivered, signed
 * as the Standard Webhooks specification says. The events come from distribution's {@code ChangeFeed} (written in the
 * transaction of each change), are fanned out once into this module's deliveries, whichever instance does it, and are
 * sent by any one instance, retried with backoff for about three days. Internal addresses are refused unless the
 * configuration allows them.
 */
@ApplicationModule(allowedDependencies = {"api", "audit", "distribution", "live", "platform", "staff"})
package org.newsroom.webhooks;

import org.springframework.modulith.ApplicationModule;
