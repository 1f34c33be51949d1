/** Staff: staff users, roles, login and the web security configuration. */
package org.newsroom.staff;
