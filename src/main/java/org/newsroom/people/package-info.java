/** People: authors, the names in bylines. */
package org.newsroom.people;
